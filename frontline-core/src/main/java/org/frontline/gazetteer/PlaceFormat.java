package org.frontline.gazetteer;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/** The file formats places are imported from; each reads a stream row by row, never the whole file at once. */
public enum PlaceFormat {
    /** GeoNames dumps (allCountries.txt, country files, cities500.txt): 19 tab-separated columns. */
    GEONAMES(new GeoNamesReader()),
    /** Wikipedia detailed-map Lua modules: one mark per place. */
    WIKIMAP(new WikiMapPlaces()),
    /** GeoJSON points with name and alternate-name properties. */
    GEOJSON(new GeoJsonPlacesReader());

    /** Files at least this large show a progress bar while they are read. */
    private static final long PROGRESS_BYTES = 20L << 20;

    private static final int SNIFF_BYTES = 8192;
    private static final Pattern WIKIMAP_MARK = Pattern.compile("\\blat\\s*=\\s*[\"'\\d-]");

    private final PlaceReader reader;

    PlaceFormat(PlaceReader reader) {
        this.reader = reader;
    }

    /** Reads places from a stream (UTF-8); {@code source} names it in ids and sources, e.g. the file name. */
    public ImportResult read(InputStream in, String source) throws IOException {
        return read(in, source, p -> true);
    }

    /** Reads the places {@code keep} accepts, the others counted only: a whole-world dump streams through. */
    public ImportResult read(InputStream in, String source, Predicate<GazetteerEntry> keep) throws IOException {
        ImportTally tally = new ImportTally(keep);
        try (BufferedReader text = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.read(text, source, tally);
        }
        return tally.result();
    }

    /** Reads a file, gzip-compressed when its name ends in .gz, with a progress bar on large files. */
    public ImportResult read(Path file) throws IOException {
        return read(file, p -> true);
    }

    /** Reads the places of a file that {@code keep} accepts. */
    public ImportResult read(Path file, Predicate<GazetteerEntry> keep) throws IOException {
        long size = Files.size(file);
        InputStream in = Files.newInputStream(file);
        if (size >= PROGRESS_BYTES) {
            in = ProgressBar.wrap(in, new ProgressBarBuilder().setTaskName("import " + file.getFileName())
                    .setStyle(ProgressBarStyle.ASCII).setInitialMax(size).setUnit(" MB", 1 << 20).showSpeed());
        }
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return read(in, file.getFileName().toString(), keep);
    }

    /** The format a file name suggests (.lua wikimap, .geojson/.json GeoJSON, anything else GeoNames). */
    public static PlaceFormat ofFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        return n.endsWith(".lua") ? WIKIMAP : n.endsWith(".geojson") || n.endsWith(".json") ? GEOJSON : GEONAMES;
    }

    /**
     * The format of a file from its first bytes, the name deciding when they do not: module copies are often
     * saved as .txt, and a GeoNames dump has tabs where a Lua table has "lat =".
     */
    public static PlaceFormat detect(Path file) throws IOException {
        byte[] head = new byte[SNIFF_BYTES];
        int n;
        try (InputStream in = file.getFileName().toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        String start = new String(head, 0, n, StandardCharsets.UTF_8);
        if (start.stripLeading().startsWith("{") && start.contains("\"type\"")) {
            return GEOJSON;
        }
        if (WIKIMAP_MARK.matcher(start).find()) {
            return WIKIMAP;
        }
        return start.indexOf('\t') >= 0 ? GEONAMES : ofFileName(file.getFileName().toString());
    }

    /** One format's reader. */
    interface PlaceReader {
        void read(BufferedReader in, String source, ImportTally tally) throws IOException;
    }
}
