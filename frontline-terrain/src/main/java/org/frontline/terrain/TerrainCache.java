package org.frontline.terrain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * Grids and territories computed once and kept: in memory for the life of the process (a server answering many
 * dates), and as files of primitive arrays in a directory (a command line run after run). Laying the grid of the
 * ten shipped countries takes seconds; reading it back takes tens of milliseconds.
 *
 * <ul>
 *   <li>A grid is kept under what it is made of: the countries, the resolution and the version of their borders
 *       (a digest of the border file). Its borders are read only when something needs them.</li>
 *   <li>A territory is kept under its grid, its radius, its date and a digest of the controls it was computed from
 *       (every place's name, position and holder). Any change of claims up to the date (a base map imported, an
 *       event ingested) changes the digest, so a stale territory is never read back: it is computed again.</li>
 *   <li>A territory not kept yet starts from the kept one of the latest earlier date, when its controls are still
 *       those of the claims, and applies only the places whose control changed since ({@link Territory#apply});
 *       when too many changed, it is computed whole.</li>
 *   <li>Beside a grid, its borders (as WKB, read back far faster than the shipped GeoJSON is parsed); beside a
 *       territory, every holder's polygons clipped to the borders (the map's fills), written the first time they
 *       are asked for. A territory changed after it was handed out ({@link Territory#apply}) computes its own.</li>
 * </ul>
 *
 * <p>Files are written to a temporary name and moved into place, so that concurrent processes see a whole file or
 * none; a file that cannot be read back (truncated, another format version) is computed again and replaced. A
 * directory that cannot be written is reported to the warning sink and the answers are computed as without a cache.
 * Thread-safe: one lock over the whole cache; the territories handed out are copies, free to {@link Territory#apply}.
 */
public final class TerrainCache {
    private static final int MAGIC = 0x464c5443; // "FLTC"
    /** Bumped whenever the file layout or the meaning of a stored array changes. */
    private static final int FORMAT = 1;
    /** Territory files kept on disk; the least recently written go first (a resolution-7 territory is ~12 MB). */
    static final int MAX_TERRITORY_FILES = 24;
    /** Territories kept in memory (each a few arrays of the grid's size). */
    private static final int MAX_TERRITORIES_IN_MEMORY = 4;
    /**
     * Applying one place costs about as much as spreading this many places afresh: it recomputes every cell within
     * the radius against every place within the radius of that cell. RealTheatreBenchmark on the real maps: one event
     * applied 3.0 ms, the whole territory of 6,074 places 880 ms (0.145 ms a place). Above it, computing the whole
     * territory is cheaper.
     */
    static final int APPLY_COST_IN_PLACES = 20;

    private final Path directory;
    private final Consumer<String> warnings;
    private final Map<String, Grid> grids = new HashMap<>();
    private final LinkedHashMap<String, Kept> territories = new LinkedHashMap<>(16, 0.75f, true);
    private final Set<String> warned = new HashSet<>();
    private int wholeComputations;
    /** Set when a file could not be written: the directory is then left alone, and reported once. */
    private boolean unwritable;

    /** A territory kept in memory with the date and controls it was computed for. */
    private record Kept(LocalDate date, List<Control> controls, Territory territory) {
    }

    /**
     * @param directory where the files go, created when needed; null keeps everything in memory only
     * @param warnings  one line per problem with the directory (not writable, a damaged file replaced)
     */
    public TerrainCache(Path directory, Consumer<String> warnings) {
        this.directory = directory;
        this.warnings = warnings;
    }

    public Path directory() {
        return directory;
    }

    /**
     * The grid of the countries at the resolution: kept in memory, else read from its file, else laid over the
     * borders (which are read only then, or later when the grid needs them) and kept.
     *
     * @param countries      ISO codes, in the order the grid gives them positions
     * @param bordersVersion what identifies the borders' content (a digest of their file): another version, another grid
     * @param borders        the country polygons by ISO code, asked for only when needed
     */
    public synchronized Grid grid(List<String> countries, int resolution, String bordersVersion, Supplier<Map<String, Geometry>> borders) {
        String key = "grid|res=" + resolution + "|countries=" + String.join(",", countries) + "|borders=" + bordersVersion;
        Grid grid = grids.get(key);
        if (grid != null) {
            return grid;
        }
        String id = digest(key).substring(0, 16);
        Supplier<Map<String, Geometry>> once = memoized(() -> keptBorders(file("borders-" + id + ".bin"), key, borders));
        Path file = file("grid-" + id + ".bin");
        grid = read(file, key, in -> readGrid(in, once));
        if (grid == null) {
            grid = Grid.over(Grid.bordersOf(once.get(), countries), resolution);
            Grid laid = grid;
            write(file, key, out -> writeGrid(out, laid));
        }
        grid.cacheKey(key);
        grids.put(key, grid);
        return grid;
    }

    /**
     * Who holds each cell at the end of the date, for a theatre over a grid of this cache: kept, else brought up
     * from a kept earlier date, else computed, and then kept. A copy: the caller may apply events to it.
     */
    public synchronized Territory territory(Theatre theatre, LocalDate date) {
        String gridKey = theatre.grid().cacheKey();
        if (gridKey == null) {
            throw new IllegalArgumentException("the theatre's grid was not laid by a terrain cache: nothing to key its territories by");
        }
        String family = "territory-" + digest(gridKey + "|radius=" + theatre.radiusKm()).substring(0, 12);
        List<Control> controls = theatre.controlsAt(date);
        String name = name(family, date, controls);
        String key = family + "|" + gridKey + "|" + name;
        Kept kept = territories.get(name);
        Territory territory = kept != null && kept.controls.equals(controls) ? kept.territory : null;
        if (territory == null) {
            territory = read(file(name), key, in -> readTerritory(in, theatre.grid(), controls, theatre.radiusKm()));
        }
        if (territory == null) {
            territory = fromEarlier(theatre, gridKey, family, date, controls);
            if (territory == null) {
                territory = Territory.of(theatre.grid(), controls, theatre.radiusKm());
                wholeComputations++;
            }
            Territory computed = territory;
            write(file(name), key, out -> writeTerritory(out, computed));
            prune(family);
        }
        territories.put(name, new Kept(date, controls, territory));
        while (territories.size() > MAX_TERRITORIES_IN_MEMORY) {
            territories.remove(territories.keySet().iterator().next());
        }
        Territory whole = territory;
        Territory copy = territory.copy();
        copy.keptPolygons(memoized(() -> polygons(family, name, key, whole)));
        return copy;
    }

    /**
     * Every holder's clipped polygons of a kept territory (the map's fills): read back from the file beside the
     * territory's, else computed and kept. Clipping a theatre's territories to the borders takes about a second.
     */
    private synchronized Map<String, Geometry> polygons(String family, String name, String key, Territory territory) {
        Path file = file("shapes-" + name);
        Map<String, Geometry> polygons = read(file, key, TerrainCache::readGeometries);
        if (polygons == null) {
            polygons = territory.computePolygons();
            Map<String, Geometry> computed = polygons;
            write(file, key, out -> writeGeometries(out, computed));
            prune("shapes-" + family);
        }
        return polygons;
    }

    /** The borders a grid was laid over: read back from their file, else asked for and kept (parsing the shipped GeoJSON takes a few hundred ms). */
    private Map<String, Geometry> keptBorders(Path file, String key, Supplier<Map<String, Geometry>> borders) {
        Map<String, Geometry> kept = read(file, key, TerrainCache::readGeometries);
        if (kept == null) {
            kept = borders.get();
            Map<String, Geometry> asked = kept;
            write(file, key, out -> writeGeometries(out, asked));
        }
        return kept;
    }

    /** How many territories this cache computed whole, neither read back nor brought up from an earlier date. */
    synchronized int wholeComputations() {
        return wholeComputations;
    }

    /** The kept territory of the latest earlier date, brought up to this one; null when none fits or too much changed. */
    private Territory fromEarlier(Theatre theatre, String gridKey, String family, LocalDate date, List<Control> controls) {
        LocalDate best = null;
        Territory base = null;
        for (Kept k : territories.values()) {
            if (gridKey.equals(k.territory.grid().cacheKey()) && k.territory.radiusKm() == theatre.radiusKm() && k.date.isBefore(date)
                    && (best == null || k.date.isAfter(best)) && k.controls.equals(theatre.controlsAt(k.date))) {
                best = k.date;
                base = k.territory;
            }
        }
        if (base != null) {
            base = base.copy();
        } else {
            for (LocalDate earlier : keptDates(family, date)) {
                List<Control> then = theatre.controlsAt(earlier);
                String name = name(family, earlier, then);
                base = read(file(name), family + "|" + gridKey + "|" + name, in -> readTerritory(in, theatre.grid(), then, theatre.radiusKm()));
                if (base != null) {
                    best = earlier;
                    break;
                }
            }
        }
        if (base == null) {
            return null;
        }
        Map<String, Control> before = new HashMap<>();
        for (Control c : theatre.controlsAt(best)) {
            before.put(Territory.key(c), c);
        }
        List<Control> changed = controls.stream().filter(c -> !c.equals(before.get(Territory.key(c)))).toList();
        if ((long) changed.size() * APPLY_COST_IN_PLACES > controls.size()) {
            return null;
        }
        changed.forEach(base::apply);
        return base;
    }

    /** Dates of this family's territory files before the date, latest first. */
    private List<LocalDate> keptDates(String family, LocalDate date) {
        if (directory == null || unwritable || !Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(family + "-") && n.endsWith(".bin"))
                    .map(n -> {
                        try {
                            return LocalDate.parse(n.substring(family.length() + 1, family.length() + 11));
                        } catch (DateTimeParseException | IndexOutOfBoundsException e) {
                            return null;
                        }
                    })
                    .filter(d -> d != null && d.isBefore(date))
                    .distinct().sorted(Comparator.reverseOrder()).toList();
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            warn(directory + ": cannot list the terrain cache: " + e.getMessage());
            return List.of();
        }
    }

    /** A territory's file name: its family (grid and radius), its date and the digest of its controls. */
    private static String name(String family, LocalDate date, List<Control> controls) {
        return family + "-" + date + "-" + controlsDigest(controls).substring(0, 24) + ".bin";
    }

    /** What a territory is computed from: every place's name, position and holder, in order. */
    static String controlsDigest(List<Control> controls) {
        MessageDigest sha = sha256();
        ByteBuffer number = ByteBuffer.allocate(16);
        for (Control c : controls) {
            sha.update(c.place().name().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            number.clear();
            number.putDouble(c.place().lat()).putDouble(c.place().lon());
            sha.update(number.array());
            sha.update((byte) (c.place().resolved() ? 1 : 0));
            sha.update((c.holder() == null ? "" : c.holder()).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String digest(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static <T> Supplier<T> memoized(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    private Path file(String name) {
        return directory == null ? null : directory.resolve(name);
    }

    /** Deletes the least recently written files of a family (territories, or their shapes) beyond {@link #MAX_TERRITORY_FILES}. */
    private void prune(String family) {
        if (directory == null || unwritable) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> kept = files.filter(p -> p.getFileName().toString().startsWith(family + "-"))
                    .sorted(Comparator.comparing(TerrainCache::modified).reversed()).toList();
            for (Path old : kept.subList(Math.min(kept.size(), MAX_TERRITORY_FILES), kept.size())) {
                Files.deleteIfExists(old);
            }
        } catch (IOException | UncheckedIOException e) {
            warn(directory + ": cannot prune the terrain cache: " + e.getMessage());
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0; // gone meanwhile (another process pruned it): first to go
        }
    }

    private void warn(String message) {
        if (warned.add(message)) {
            warnings.accept(message);
        }
    }

    // files: a header (magic, format, the key the file was written for), then the arrays, big-endian

    private interface Reading<T> {
        T from(ByteBuffer in);
    }

    private interface Writing {
        void to(Out out) throws IOException;
    }

    /** The file's content when it was written for this key by this format; null when missing, for another key, or damaged. */
    private <T> T read(Path file, String key, Reading<T> reading) {
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            MappedByteBuffer in = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            in.order(ByteOrder.BIG_ENDIAN);
            if (in.remaining() < 8 || in.getInt() != MAGIC || in.getInt() != FORMAT || !key.equals(string(in))) {
                return null;
            }
            T value = reading.from(in);
            if (in.hasRemaining()) {
                throw new IllegalArgumentException("bytes left over");
            }
            return value;
        } catch (IOException | RuntimeException e) {
            warn(file + ": damaged terrain cache file, computed again: " + e);
            return null;
        }
    }

    private void write(Path file, String key, Writing writing) {
        if (file == null || unwritable) {
            return;
        }
        Path temporary = null;
        try {
            Files.createDirectories(file.getParent());
            temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                Out out = new Out(channel);
                out.putInt(MAGIC).putInt(FORMAT).putString(key);
                writing.to(out);
                out.flush();
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            unwritable = true;
            warn(directory + ": cannot write the terrain cache (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); answers are computed without it");
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // already reported that the directory is not writable
                }
            }
        }
    }

    private static Grid readGrid(ByteBuffer in, Supplier<Map<String, Geometry>> borders) {
        int resolution = in.getInt();
        int count = in.getInt();
        List<String> countries = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            countries.add(string(in));
        }
        int n = in.getInt();
        long[] cells = new long[n];
        in.asLongBuffer().get(cells);
        skip(in, 8L * n);
        short[] country = new short[n];
        in.asShortBuffer().get(country);
        skip(in, 2L * n);
        double[] lat = doubles(in, n);
        double[] lon = doubles(in, n);
        int[] neighbours = ints(in, 6 * n);
        double[] area = doubles(in, n);
        return Grid.restore(resolution, countries, cells, country, lat, lon, neighbours, area, borders);
    }

    private static void writeGrid(Out out, Grid grid) throws IOException {
        out.putInt(grid.resolution()).putInt(grid.countries().size());
        for (String iso : grid.countries()) {
            out.putString(iso);
        }
        out.putInt(grid.size()).putLongs(grid.cellArray()).putShorts(grid.countryArray()).putDoubles(grid.latArray())
                .putDoubles(grid.lonArray()).putInts(grid.neighbours()).putDoubles(grid.areasKm2());
    }

    private static Territory readTerritory(ByteBuffer in, Grid grid, List<Control> controls, double radiusKm) {
        int places = in.getInt();
        int[] placeCountries = ints(in, places);
        int actorCount = in.getInt();
        List<String> actors = new ArrayList<>();
        for (int a = 0; a < actorCount; a++) {
            actors.add(string(in));
        }
        int n = in.getInt();
        int[] owner = ints(in, n);
        int[] source = ints(in, n);
        float[] score = new float[n];
        in.asFloatBuffer().get(score);
        skip(in, 4L * n);
        return Territory.restore(grid, controls, radiusKm, placeCountries, actors, owner, source, score);
    }

    private static void writeTerritory(Out out, Territory territory) throws IOException {
        int[] placeCountries = territory.placeCountries();
        out.putInt(placeCountries.length).putInts(placeCountries).putInt(territory.actorList().size());
        for (String actor : territory.actorList()) {
            out.putString(actor);
        }
        out.putInt(territory.grid().size()).putInts(territory.ownerArray()).putInts(territory.sourceArray())
                .putFloats(territory.scoreArray());
    }

    /** Geometries by name (actor or country), each as WKB. */
    private static Map<String, Geometry> readGeometries(ByteBuffer in) {
        int count = in.getInt();
        Map<String, Geometry> out = new LinkedHashMap<>();
        WKBReader reader = new WKBReader(Grid.GEOMETRY);
        for (int g = 0; g < count; g++) {
            String name = string(in);
            int length = in.getInt();
            if (length < 0 || length > in.remaining()) {
                throw new IllegalArgumentException("bad geometry length " + length);
            }
            byte[] wkb = new byte[length];
            in.get(wkb);
            try {
                out.put(name, reader.read(wkb));
            } catch (ParseException e) {
                throw new IllegalArgumentException("bad geometry of " + name + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static void writeGeometries(Out out, Map<String, Geometry> geometries) throws IOException {
        out.putInt(geometries.size());
        WKBWriter writer = new WKBWriter();
        for (Map.Entry<String, Geometry> e : geometries.entrySet()) {
            out.putString(e.getKey()).putBytes(writer.write(e.getValue()));
        }
    }

    private static String string(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new IllegalArgumentException("bad string length " + length);
        }
        byte[] bytes = new byte[length];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static int[] ints(ByteBuffer in, int n) {
        int[] out = new int[n];
        in.asIntBuffer().get(out);
        skip(in, 4L * n);
        return out;
    }

    private static double[] doubles(ByteBuffer in, int n) {
        double[] out = new double[n];
        in.asDoubleBuffer().get(out);
        skip(in, 8L * n);
        return out;
    }

    private static void skip(ByteBuffer in, long bytes) {
        in.position(Math.toIntExact(in.position() + bytes));
    }

    /** Writes primitives and arrays through one reused buffer. */
    private static final class Out {
        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20).order(ByteOrder.BIG_ENDIAN);

        Out(FileChannel channel) {
            this.channel = channel;
        }

        Out putInt(int v) throws IOException {
            room(4);
            buffer.putInt(v);
            return this;
        }

        Out putString(String s) throws IOException {
            return putBytes(s.getBytes(StandardCharsets.UTF_8));
        }

        /** The length, then the bytes. */
        Out putBytes(byte[] bytes) throws IOException {
            putInt(bytes.length);
            for (int i = 0; i < bytes.length; i += buffer.capacity()) {
                room(Math.min(buffer.capacity(), bytes.length - i));
                buffer.put(bytes, i, Math.min(buffer.capacity(), bytes.length - i));
            }
            return this;
        }

        Out putLongs(long[] a) throws IOException {
            return putArray(a.length, Long.BYTES, (view, from, count) -> view.asLongBuffer().put(a, from, count));
        }

        Out putDoubles(double[] a) throws IOException {
            return putArray(a.length, Double.BYTES, (view, from, count) -> view.asDoubleBuffer().put(a, from, count));
        }

        Out putInts(int[] a) throws IOException {
            return putArray(a.length, Integer.BYTES, (view, from, count) -> view.asIntBuffer().put(a, from, count));
        }

        Out putFloats(float[] a) throws IOException {
            return putArray(a.length, Float.BYTES, (view, from, count) -> view.asFloatBuffer().put(a, from, count));
        }

        Out putShorts(short[] a) throws IOException {
            return putArray(a.length, Short.BYTES, (view, from, count) -> view.asShortBuffer().put(a, from, count));
        }

        /** Copies elements {@code from..from+count} of an array into a typed view of the buffer at its position. */
        private interface Chunk {
            void put(ByteBuffer view, int from, int count);
        }

        /** An array of {@code length} elements of {@code width} bytes, as many as the buffer holds at a time. */
        private Out putArray(int length, int width, Chunk chunk) throws IOException {
            for (int i = 0; i < length; ) {
                room(width);
                int count = Math.min(length - i, buffer.remaining() / width);
                chunk.put(buffer, i, count);
                buffer.position(buffer.position() + width * count);
                i += count;
            }
            return this;
        }

        private void room(int bytes) throws IOException {
            if (buffer.remaining() < bytes) {
                flush();
            }
        }

        void flush() throws IOException {
            buffer.flip();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            buffer.clear();
        }
    }
}
