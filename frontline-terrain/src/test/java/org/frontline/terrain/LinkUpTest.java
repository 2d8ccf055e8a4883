package org.frontline.terrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.terrain.TestMaps.place;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.frontline.model.Provenance;
import org.frontline.model.Relation;
import org.frontline.model.RelationType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LinkUpTest {
    static Grid grid;
    /** A one-cell-wide strip of 15 cells across the western country: PMF, then SDF, then SYR_GOV, five cells each. */
    static List<Control> strip;

    @BeforeAll
    static void grid() {
        grid = Grid.over(TestMaps.twoCountries(), 7);
        List<Long> cells = Grid.h3().gridPathCells(grid.cell(grid.indexAt(36.25, 40.6)), grid.cell(grid.indexAt(36.25, 40.95)));
        strip = new ArrayList<>();
        for (int k = 0; k < 15; k++) {
            var centre = Grid.h3().cellToLatLng(cells.get(k));
            strip.add(Control.held(place("c" + k, centre.lat, centre.lng), k < 5 ? "PMF" : k < 10 ? "SDF" : "SYR_GOV"));
        }
    }

    /** Places at cell centres and a 1 km radius: each place holds exactly its own cell. */
    static Territory stripTerritory(List<Control> places) {
        return Territory.of(grid, places, 1.0);
    }

    @Test
    void corridorOpensOnlyWhenThePassableActorIsAdded() {
        Territory t = stripTerritory(strip);
        LinkUp.End pmf = LinkUp.End.actor("PMF");
        LinkUp.End syr = LinkUp.End.actor("SYR_GOV");
        LinkUp.Result closed = LinkUp.query(t, List.of("PMF", "SYR_GOV"), List.of(), pmf, syr);
        assertThat(closed.connected()).isFalse();
        assertThat(closed.corridor()).isNull();
        assertThat(closed.withoutPassable()).isNull();

        LinkUp.Result open = LinkUp.query(t, List.of("PMF", "SYR_GOV"), List.of("SDF"), pmf, syr);
        assertThat(open.connected()).isTrue();
        assertThat(open.withoutPassable().connected()).isFalse();
        assertThat(open.corridor().places()).containsExactly("c4", "c5", "c6", "c7", "c8", "c9", "c10");
        assertThat(open.corridor().kmByActor()).containsKeys("PMF", "SDF", "SYR_GOV");
        assertThat(open.corridor().lengthKm()).isBetween(6 * 2.0, 6 * 3.0);
        // every SDF cell of a one-cell strip is a chokepoint; the PMF and SYR_GOV cells are the ends themselves
        assertThat(open.chokepoints()).extracting(LinkUp.Chokepoint::place).containsExactly("c5", "c6", "c7", "c8", "c9");
        assertThat(open.chokepoints()).extracting(LinkUp.Chokepoint::holder).containsOnly("SDF");
        assertThat(open.chokepointPlaces()).containsExactly("c5", "c6", "c7", "c8", "c9");
    }

    @Test
    void corridorClosesWhenAChokepointFalls() {
        Territory t = stripTerritory(strip);
        LinkUp.End from = LinkUp.End.place(strip.get(0).place());
        LinkUp.End to = LinkUp.End.place(strip.get(14).place());
        assertThat(LinkUp.query(t, List.of("PMF", "SYR_GOV", "SDF"), List.of(), from, to).connected()).isTrue();
        t.apply(Control.held(strip.get(7).place(), "IS"));
        LinkUp.Result cut = LinkUp.query(t, List.of("PMF", "SYR_GOV", "SDF"), List.of(), from, to);
        assertThat(cut.connected()).isFalse();
    }

    @Test
    void aWideFrontHasNoChokepointsAndTheResultIsJson() throws Exception {
        List<Control> wide = new ArrayList<>();
        for (double lat : new double[] {36.1, 36.25, 36.4}) {
            wide.add(Control.held(place("p" + lat + "a", lat, 40.6), "PMF"));
            wide.add(Control.held(place("p" + lat + "b", lat, 40.75), "SDF"));
            wide.add(Control.held(place("p" + lat + "c", lat, 40.9), "SYR_GOV"));
        }
        Territory t = Territory.of(grid, wide);
        LinkUp.Result result = LinkUp.query(t, List.of("PMF", "SYR_GOV"), List.of("SDF"), LinkUp.End.actor("PMF"), LinkUp.End.actor("SYR_GOV"));
        assertThat(result.connected()).isTrue();
        assertThat(result.chokepoints()).isEmpty();
        assertThat(result.chokepointPlaces()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(result));
        assertThat(json.get("connected").asBoolean()).isTrue();
        assertThat(json.get("withoutPassable").get("connected").asBoolean()).isFalse();
        assertThat(json.get("corridor").get("path").get(0).size()).isEqualTo(2);
    }

    @Test
    void aWideCorridorThroughOnePlacesTerritoryHasThatPlaceAsChokepoint() {
        List<Control> places = new ArrayList<>();
        for (double lat : new double[] {36.1, 36.25, 36.4}) {
            places.add(Control.held(place("west" + lat, lat, 40.6), "PMF"));
            places.add(Control.held(place("east" + lat, lat, 40.9), "SYR_GOV"));
        }
        places.add(Control.held(place("Bridgetown", 36.25, 40.75), "SDF"));
        LinkUp.Result result = LinkUp.query(Territory.of(grid, places), List.of("PMF", "SYR_GOV"), List.of("SDF"),
                LinkUp.End.actor("PMF"), LinkUp.End.actor("SYR_GOV"));
        assertThat(result.connected()).isTrue();
        assertThat(result.chokepoints()).isEmpty();
        assertThat(result.chokepointPlaces()).containsExactly("Bridgetown");
    }

    @Test
    void coalitionFromRelations() {
        Provenance p = new Provenance("a", 0, 0, 1);
        List<Relation> relations = List.of(
                new Relation(RelationType.ALLIED, "PMF", "SYR_GOV", "", p, 0.8),
                new Relation(RelationType.BACKS, "IRN", "PMF", "", p, 0.8),
                new Relation(RelationType.PART_OF, "HEZBOLLAH", "SYR_GOV", "", p, 0.5),
                new Relation(RelationType.BACKS, "USA", "IRQ_GOV", "", p, 0.8),
                new Relation(RelationType.BACKS, "USA", "SDF", "", p, 0.8),
                new Relation(RelationType.ALLIED, "IRQ_GOV", "PMF", "", p, 0.8),
                new Relation(RelationType.HOSTILE, "PMF", "IS", "", p, 0.8));
        Set<String> coalition = Coalition.derive(List.of("PMF"), relations);
        assertThat(coalition).contains("PMF", "SYR_GOV", "HEZBOLLAH", "IRN", "IRQ_GOV", "USA").doesNotContain("SDF", "IS");
    }
}
