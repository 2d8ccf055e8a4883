package org.frontline.gazetteer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes places as rows of the GeoNames dump format (allCountries.txt: 19 tab-separated columns), the
 * format {@link PlaceFormat#GEONAMES} reads and other geoparsers (CLAVIN, Mordecai) build their indexes
 * from. The kind becomes a feature class and code ({@link FeatureKind#geoNamesCode()}).
 * The format has no room for Frontline's ids and sources, so the geonameid column holds a place's
 * GeoNames id when it has one ({@code geonames:N}), else a number from {@value #OWN_IDS} up, one per such
 * place in writing order (GeoNames' own ids are far below); elevation and timezone are left empty and the
 * modification date is the day of the export (readers that count columns need one there).
 */
public final class GeoNamesPlacesWriter {
    /** First geonameid given to places that have no GeoNames id. */
    public static final int OWN_IDS = 1_000_000_000;

    private static final Pattern GEONAMES_ID = Pattern.compile("geonames:(\\d{1,9})");
    /** What cannot be inside a column, and the comma that separates alternate names. */
    private static final Pattern SEPARATORS = Pattern.compile("\\s*[\\t\\r\\n,]+\\s*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private GeoNamesPlacesWriter() {
    }

    public static void write(Collection<GazetteerEntry> places, OutputStream out) throws IOException {
        write(places, out, LocalDate.now(ZoneOffset.UTC));
    }

    /** Writes the places, {@code modified} in the modification-date column. */
    public static void write(Collection<GazetteerEntry> places, OutputStream out, LocalDate modified) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        int ownId = OWN_IDS;
        for (GazetteerEntry p : places) {
            var m = GEONAMES_ID.matcher(p.id());
            String id = m.matches() ? m.group(1) : Integer.toString(ownId++);
            String name = column(p.name());
            List<String> alternates = new ArrayList<>();
            for (String n : p.alternateNames()) {
                String c = column(n);
                if (!c.isEmpty() && !c.equals(name) && !alternates.contains(c)) {
                    alternates.add(c);
                }
            }
            String[] code = p.kind().geoNamesCode();
            String[] row = {id, name, ascii(name), String.join(",", alternates), Double.toString(p.lat()),
                    Double.toString(p.lon()), code[0], code[1], nullToEmpty(p.country()), "", column(nullToEmpty(p.admin1())),
                    "", "", "", Long.toString(p.population()), "", "", "", modified.toString()};
            w.write(String.join("\t", row));
            w.write('\n');
        }
        w.flush();
    }

    private static String column(String s) {
        return SEPARATORS.matcher(s).replaceAll(" ").trim();
    }

    /** The asciiname column: accents dropped, other letters outside ASCII left out. */
    static String ascii(String name) {
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return folded.replaceAll("[^\\x20-\\x7E]", "").replaceAll(" {2,}", " ").trim();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
