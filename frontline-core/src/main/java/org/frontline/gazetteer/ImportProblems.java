package org.frontline.gazetteer;

import java.util.ArrayList;
import java.util.List;

/** Counts the rows an importer skips and keeps the first few reasons, so one bad file cannot flood the user. */
final class ImportProblems {
    private static final int KEPT = 10;
    private final List<String> first = new ArrayList<>();
    private int skipped;

    void skip(long line, String why) {
        skipped++;
        if (first.size() < KEPT) {
            first.add("line " + line + ": " + why);
        }
    }

    ImportResult result(List<GazetteerEntry> places) {
        return new ImportResult(places, skipped, first);
    }

    /** A coordinate pair that is a point on Earth, or null. */
    static double[] latLon(String lat, String lon) {
        try {
            double la = Double.parseDouble(lat.trim());
            double lo = Double.parseDouble(lon.trim());
            return Math.abs(la) <= 90 && Math.abs(lo) <= 180 ? new double[] {la, lo} : null;
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }
}
