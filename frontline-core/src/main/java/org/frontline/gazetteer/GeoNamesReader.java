package org.frontline.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the GeoNames dump format (https://download.geonames.org/export/dump/readme.txt): geonameid, name,
 * asciiname, alternatenames (comma-separated), latitude, longitude, feature class, feature code, country
 * code, cc2, admin1 … admin4, population, elevation, dem, timezone, modification date.
 */
final class GeoNamesReader implements PlaceFormat.PlaceReader {
    private static final int MIN_COLUMNS = 15;

    @Override
    public void read(BufferedReader in, String source, ImportTally problems) throws IOException {
        long lineNo = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length < MIN_COLUMNS) {
                problems.skip(lineNo, c.length + " columns, GeoNames rows have 19");
                continue;
            }
            double[] ll = ImportTally.latLon(c[4], c[5]);
            if (ll == null || c[0].isBlank() || c[1].isBlank()) {
                problems.skip(lineNo, ll == null ? "bad coordinates" : "no id or name");
                continue;
            }
            long population = parsePopulation(c[14]);
            List<String> alternates = new ArrayList<>();
            if (!c[2].isBlank() && !c[2].equals(c[1])) {
                alternates.add(c[2]);
            }
            if (!c[3].isBlank()) {
                Arrays.stream(c[3].split(",")).map(String::trim).filter(n -> !n.isEmpty() && !alternates.contains(n))
                        .forEach(alternates::add);
            }
            String id = "geonames:" + c[0].trim();
            problems.add(new GazetteerEntry(id, c[1].trim(), alternates, ll[0], ll[1], blankToNull(c[8]), blankToNull(c[10]),
                    FeatureKind.ofGeoNames(c[6], c[7], population), population, List.of(id)));
        }
    }

    private static long parsePopulation(String s) {
        try {
            return s.isBlank() ? 0 : Math.max(0, Long.parseLong(s.trim()));
        } catch (NumberFormatException e) {
            return 0; // a population is a nicety: a bad one does not cost the place
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
