package org.frontline.terrain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.frontline.gazetteer.WikiMapModule;
import org.frontline.model.ControlClaim;
import org.frontline.model.Place;

/**
 * The control claims of a Wikipedia detailed-map module ('Syrian Civil War detailed map' and its Iraqi siblings):
 * each mark read by {@link WikiMapModule} (the one reader of the format, shared with the gazetteer), its symbol
 * read through a {@link MarkTable}, its place named by the label's shown text.
 */
final class WikiMapClaims {

    private WikiMapClaims() {
    }

    static BaseMap read(String lua, String source, LocalDate date, MarkTable marks) {
        List<ControlClaim> claims = new ArrayList<>();
        Map<String, Integer> unknown = new TreeMap<>();
        int skipped = 0;
        for (WikiMapModule.Mark m : WikiMapModule.parse(lua, source).marks()) {
            Optional<MarkTable.Reading> reading = m.hasPoint() ? marks.read(m.mark(), m.lat(), m.lon()) : Optional.empty();
            if (reading.isEmpty() && m.hasPoint()) {
                unknown.merge(m.mark().isEmpty() ? "(no mark)" : m.mark(), 1, Integer::sum);
            }
            Optional<String> name = m.placeName();
            if (reading.isEmpty() || reading.get().actors().isEmpty() || name.isEmpty()) {
                skipped++;
                continue;
            }
            Place place = new Place(name.get(), m.lat(), m.lon(), "wikimap:" + source, false, 0);
            claims.addAll(reading.get().claims(place, date, source, BaseMapFormat.BASE_MAP_CONFIDENCE));
        }
        return new BaseMap(source, claims, skipped, unknown);
    }
}
