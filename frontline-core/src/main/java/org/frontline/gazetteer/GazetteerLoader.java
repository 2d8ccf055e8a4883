package org.frontline.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Builds the gazetteer Frontline uses: the GeoNames extract shipped in the jar (cities500 of Iraq, Syria and
 * their neighbours) merged with the places of the shipped Wikipedia detailed maps (a GeoNames place and a mark
 * within {@value PlaceMerger#SAME_PLACE_KM} km with a matching name are one place, with both names), then with
 * every place file in the user gazetteer directory — Wikipedia map modules
 * (.lua), GeoJSON (.geojson, .json) and GeoNames dumps (.txt, .tsv), optionally gzipped, the format told
 * by the content — in name order.
 * The directory is {@code $FRONTLINE_GAZETTEER}, else {@code ~/.frontline/gazetteer}; `frontline places
 * import` copies files there.
 */
public final class GazetteerLoader {
    private static final String CITIES = "/org/frontline/gazetteer/cities500-iq-sy.tsv.gz";
    /** The places of the shipped Wikipedia detailed maps, written by data/gazetteer/build.sh (ModulePlaces.java). */
    private static final String MODULE_PLACES = "/org/frontline/gazetteer/wikimap-places.geojson.gz";

    private GazetteerLoader() {
    }

    /** The user gazetteer directory (it need not exist). */
    public static Path userDirectory() {
        String env = System.getenv("FRONTLINE_GAZETTEER");
        return env != null && !env.isBlank() ? Paths.get(env) : Paths.get(System.getProperty("user.home"), ".frontline", "gazetteer");
    }

    /** The shipped places alone. */
    public static List<GazetteerEntry> shippedPlaces() {
        return shippedMerger().places();
    }

    private static PlaceMerger shippedMerger() {
        return new PlaceMerger().add(read(CITIES, PlaceFormat.GEONAMES, "cities500"))
                .add(read(MODULE_PLACES, PlaceFormat.GEOJSON, "wikimap"));
    }

    private static List<GazetteerEntry> read(String resource, PlaceFormat format, String source) {
        try (InputStream in = GazetteerLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer data missing from the jar: " + resource);
            }
            return format.read(resource.endsWith(".gz") ? new GZIPInputStream(in) : in, source).places();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * Shipped places merged with the user directory's files (null: the {@linkplain #userDirectory() default}
     * one); problems with those files go to {@code err}.
     */
    public static Gazetteer load(Path userDir, PrintWriter err) {
        // the borders are parsed and indexed on another thread while the places are read: a second of a command's start
        FutureTask<CountryBorders> borders = new FutureTask<>(CountryBorders::loadDefault);
        Thread bordersLoader = new Thread(borders, "country-borders");
        bordersLoader.setDaemon(true);
        bordersLoader.start();
        // the user's files go on merging into the shipped places' merger: its names are folded once (adding the
        // shipped places again to a new merger folded them all a second time, a third of loading the gazetteer)
        PlaceMerger merger = shippedMerger();
        for (Path f : placeFiles(userDir == null ? userDirectory() : userDir)) {
            try {
                ImportResult r = PlaceFormat.detect(f).read(f);
                merger.add(r.places());
                if (r.skipped() > 0 && err != null) {
                    err.printf("frontline: %s: %d rows skipped (%s)%n", f, r.skipped(), r.problems().get(0));
                }
            } catch (IOException | RuntimeException e) {
                if (err != null) {
                    err.printf("frontline: %s: not read as a gazetteer file: %s%n", f, e.getMessage());
                }
            }
        }
        return Gazetteer.of(merger.places(), merger::folded, loaded(borders));
    }

    private static CountryBorders loaded(FutureTask<CountryBorders> borders) {
        try {
            return borders.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the country borders", e);
        }
    }

    /**
     * What {@link #load} builds its gazetteer from, as a short digest: the code and the shipped data (the jar: its
     * path, size and time) and the user directory's place files (names, sizes, times). Null when the code is not a
     * jar (a build's classes directory changes without its time changing): then nothing should be kept under it.
     */
    public static String fingerprint(Path userDir) {
        try {
            CodeSource source = GazetteerLoader.class.getProtectionDomain().getCodeSource();
            Path code = source == null ? null : Path.of(source.getLocation().toURI());
            if (code == null || !Files.isRegularFile(code)) {
                return null;
            }
            StringBuilder what = new StringBuilder(code.toAbsolutePath() + "|" + Files.size(code) + "|" + Files.getLastModifiedTime(code).toMillis());
            for (Path f : placeFiles(userDir == null ? userDirectory() : userDir)) {
                what.append('|').append(f.toAbsolutePath()).append('|').append(Files.size(f)).append('|').append(Files.getLastModifiedTime(f).toMillis());
            }
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(what.toString().getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 16);
        } catch (IOException | UncheckedIOException | URISyntaxException | SecurityException | IllegalArgumentException e) {
            return null; // no telling what the gazetteer is made of: keep nothing
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The default: shipped places and the user directory. */
    public static Gazetteer loadDefault(PrintWriter err) {
        return load(userDirectory(), err);
    }

    static List<Path> placeFiles(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().matches("(?i).*\\.(lua|geojson|json|txt|tsv)(\\.gz)?"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
