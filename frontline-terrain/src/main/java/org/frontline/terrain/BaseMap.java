package org.frontline.terrain;

import java.util.List;
import java.util.Map;
import org.frontline.model.ControlClaim;

/**
 * The claims read from one base map.
 *
 * @param source       the base map's name, the source of every claim
 * @param claims       one claim per actor per place
 * @param skipped      entries that gave no claim (no coordinates, no known mark, a mark naming no tracked actor)
 * @param unknownMarks marks missing from the mark table, with how often they occur, so the table can be extended
 */
public record BaseMap(String source, List<ControlClaim> claims, int skipped, Map<String, Integer> unknownMarks) {
    public BaseMap {
        claims = List.copyOf(claims);
        unknownMarks = Map.copyOf(unknownMarks);
    }
}
