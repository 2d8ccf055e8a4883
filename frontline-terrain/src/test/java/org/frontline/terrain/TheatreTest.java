package org.frontline.terrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.terrain.TestMaps.place;

import java.time.LocalDate;
import java.util.List;
import org.frontline.model.ControlClaim;
import org.frontline.model.ControlClaim.Kind;
import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.frontline.model.Provenance;
import org.junit.jupiter.api.Test;

class TheatreTest {
    static final LocalDate MAY_27 = LocalDate.of(2017, 5, 27);

    @Test
    void anEventAppliedIncrementallyGivesTheTerritoryOfAllClaims() {
        Grid grid = Grid.over(TestMaps.twoCountries(), 7);
        List<ControlClaim> baseMap = List.of(
                new ControlClaim(place("West", 36.25, 40.78), "SYR_GOV", MAY_27, Kind.HOLDS, "map", 0.7),
                new ControlClaim(place("Middle", 36.25, 41.0), "IS", MAY_27, Kind.HOLDS, "map", 0.7),
                new ControlClaim(place("East", 36.25, 41.22), "SDF", MAY_27, Kind.HOLDS, "map", 0.7));
        Theatre theatre = new Theatre(grid, baseMap);
        LocalDate may29 = MAY_27.plusDays(2);
        Territory territory = theatre.territoryAt(may29);
        assertThat(territory.holderAt(36.25, 41.0)).isEqualTo("IS");

        Event capture = new Event(EventType.CAPTURE, may29, null, "PMF", "IS", List.of(place("middle", 36.251, 41.001)),
                "Middle", null, "took Middle", new Provenance("a1", 0, 0, 1), 0.8);
        int changed = theatre.apply(capture, territory, may29);

        assertThat(changed).isPositive();
        assertThat(territory.holderAt(36.25, 41.0)).isEqualTo("PMF");
        assertThat(theatre.timelines().timelines()).hasSize(3);
        Territory full = theatre.territoryAt(may29);
        for (int i = 0; i < grid.size(); i++) {
            assertThat(territory.holder(i)).isEqualTo(full.holder(i));
        }
        assertThat(theatre.territoryAt(MAY_27).holderAt(36.25, 41.0)).isEqualTo("IS");
    }
}
