package org.frontline.terrain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.frontline.model.ControlClaim;
import org.frontline.model.ControlClaim.Kind;
import org.frontline.model.Place;

/**
 * Reads CSV rows {@code place, actor, date[, lat, lon]} (an optional header line is recognised by its 'place'
 * column; an empty date takes the map's date). Rows without coordinates give unresolved places, for the gazetteer
 * to locate. The actor column may hold a mark of the mark table instead of an actor id.
 */
final class CsvClaims {

    private CsvClaims() {
    }

    static BaseMap read(String text, String source, LocalDate date, MarkTable marks) {
        List<ControlClaim> claims = new ArrayList<>();
        int skipped = 0;
        String[] lines = text.split("\r?\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cols = fields(line, source, n + 1);
            if (n == 0 && cols.get(0).equalsIgnoreCase("place")) {
                continue;
            }
            String where = source + ":" + (n + 1) + ": ";
            if (cols.size() < 2 || cols.size() == 4) {
                throw new IllegalArgumentException(where + "expected place,actor,date[,lat,lon], got '" + line + "'");
            }
            String actor = marks.actor(cols.get(1)).orElse(cols.get(1));
            if (actor.equals(MarkTable.NO_ACTOR) || actor.isBlank()) {
                skipped++;
                continue;
            }
            LocalDate day = date;
            if (cols.size() > 2 && !cols.get(2).isBlank()) {
                try {
                    day = LocalDate.parse(cols.get(2));
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(where + "bad date '" + cols.get(2) + "' (want YYYY-MM-DD)");
                }
            }
            if (day == null) {
                throw new IllegalArgumentException(where + "no date in the row and none given for the map");
            }
            Place place = Place.named(cols.get(0));
            if (cols.size() >= 5) {
                try {
                    place = new Place(cols.get(0), Double.parseDouble(cols.get(3)), Double.parseDouble(cols.get(4)), "csv:" + source, false, 0);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(where + "bad coordinates '" + cols.get(3) + "," + cols.get(4) + "'");
                }
            }
            claims.add(new ControlClaim(place, actor, day, Kind.HOLDS, source, BaseMapFormat.BASE_MAP_CONFIDENCE));
        }
        return new BaseMap(source, claims, skipped, Map.of());
    }

    /** Splits one line; fields may be double-quoted, with "" for a quote. */
    private static List<String> fields(String line, String source, int number) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(source + ":" + number + ": unclosed quote");
        }
        out.add(cur.toString().strip());
        return out;
    }
}
