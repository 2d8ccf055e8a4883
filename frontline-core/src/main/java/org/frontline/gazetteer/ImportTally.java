package org.frontline.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What an importer read: the places the filter keeps, how many it left out, and the rows skipped as bad with
 * the first few reasons, so that one bad file cannot flood the user.
 */
final class ImportTally {
    private static final int KEPT = 10;
    private final Predicate<GazetteerEntry> keep;
    private final List<GazetteerEntry> places = new ArrayList<>();
    private final List<String> first = new ArrayList<>();
    private int skipped;
    private int left;

    ImportTally(Predicate<GazetteerEntry> keep) {
        this.keep = keep;
    }

    void add(GazetteerEntry place) {
        if (keep.test(place)) {
            places.add(place);
        } else {
            left++;
        }
    }

    void skip(long line, String why) {
        skip("line " + line, why);
    }

    /** A bad entry found at {@code where} ("line 12", "mark 3"). */
    void skip(String where, String why) {
        skipped++;
        if (first.size() < KEPT) {
            first.add(where + ": " + why);
        }
    }

    ImportResult result() {
        return new ImportResult(places, left, skipped, first);
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
