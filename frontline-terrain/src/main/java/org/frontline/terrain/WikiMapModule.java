package org.frontline.terrain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontline.model.ControlClaim;
import org.frontline.model.ControlClaim.Kind;
import org.frontline.model.Place;

/**
 * Reads a Wikipedia detailed-map module ('Syrian Civil War detailed map' and its Iraqi siblings): every table with
 * {@code lat}, {@code long} and {@code mark} is a place, its mark read through a {@link MarkTable}. A mixed or
 * siege mark gives a hold claim for its first actor and contested claims for the others.
 */
final class WikiMapModule {
    private static final Pattern WIKILINK = Pattern.compile("\\[\\[([^\\]|]+)(?:\\|([^\\]]+))?]]");

    private WikiMapModule() {
    }

    static BaseMap read(String lua, String source, LocalDate date, MarkTable marks) {
        List<ControlClaim> claims = new ArrayList<>();
        Map<String, Integer> unknown = new TreeMap<>();
        int skipped = 0;
        for (LuaTables.Table table : LuaTables.all(lua)) {
            Map<String, Object> f = table.fields();
            if (!f.containsKey("mark") || !f.containsKey("lat") || !(f.containsKey("long") || f.containsKey("lon"))) {
                continue;
            }
            Double lat = number(f.get("lat"));
            Double lon = number(f.containsKey("long") ? f.get("long") : f.get("lon"));
            String name = name(f);
            if (lat == null || lon == null || name == null) {
                skipped++;
                continue;
            }
            String mark = mark(f.get("mark"));
            Optional<MarkTable.Reading> reading = mark == null ? Optional.empty() : marks.read(mark, lat, lon);
            if (reading.isEmpty()) {
                unknown.merge(String.valueOf(mark), 1, Integer::sum);
            }
            if (reading.isEmpty() || reading.get().actors().isEmpty()) {
                skipped++;
                continue;
            }
            Place place = new Place(name, lat, lon, "wikimap:" + source, false, 0);
            List<String> actors = reading.get().actors();
            for (int i = 0; i < actors.size(); i++) {
                Kind kind = i == 0 && !(reading.get().contested() && actors.size() == 1) ? Kind.HOLDS : Kind.CONTESTED;
                claims.add(new ControlClaim(place, actors.get(i), date, kind, source, BaseMapFormat.BASE_MAP_CONFIDENCE));
            }
        }
        return new BaseMap(source, claims, skipped, unknown);
    }

    /** The mark's name: {@code m.gov} is 'gov'; a string is taken as it is. */
    private static String mark(Object value) {
        if (value instanceof LuaTables.Name n) {
            return n.text().substring(n.text().lastIndexOf('.') + 1);
        }
        return value instanceof String s && !s.isBlank() ? s.strip() : null;
    }

    /** The link target names the place best; labels may carry wiki markup or be empty. */
    private static String name(Map<String, Object> f) {
        for (String key : List.of("link", "label")) {
            if (f.get(key) instanceof String s && !s.isBlank()) {
                Matcher m = WIKILINK.matcher(s);
                String text = m.find() ? (key.equals("link") || m.group(2) == null ? m.group(1) : m.group(2)) : s;
                text = text.replaceAll("<[^>]+>|'''?", "").strip();
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return null;
    }

    private static Double number(Object value) {
        if (value instanceof Double d) {
            return d;
        }
        if (value instanceof String s) {
            try {
                return Double.parseDouble(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
