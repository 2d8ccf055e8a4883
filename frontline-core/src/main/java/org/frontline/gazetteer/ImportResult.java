package org.frontline.gazetteer;

import java.util.List;

/**
 * What an importer read from one file.
 *
 * @param places   the places read, in file order (those the filter kept, when there is one)
 * @param left     places read but left out by the filter
 * @param skipped  rows or marks that were not places (bad coordinates, missing names, broken rows)
 * @param problems the first few skipped rows, "line N: why", to tell the user
 */
public record ImportResult(List<GazetteerEntry> places, int left, int skipped, List<String> problems) {
    public ImportResult {
        places = List.copyOf(places);
        problems = List.copyOf(problems);
    }
}
