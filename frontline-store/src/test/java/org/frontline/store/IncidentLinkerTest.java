package org.frontline.store;

import org.frontline.model.EventType;
import org.frontline.model.Place;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.store.Fixtures.place;

class IncidentLinkerTest {
    private static final LocalDate DAY = LocalDate.of(2017, 6, 1);

    private static Report report(long id, String article, String target, LocalDate date, Place where) {
        return new Report(id, article, article + ".example", EventType.CAPTURE, "SDF", target, date, List.of(where), 0.9);
    }

    @Test
    void wireCopiesCountAsOneSource() {
        String wire = "Kurdish-led forces seized the town of Tabqa and its dam from Islamic State militants on Thursday, "
                + "a spokesman for the alliance said, after weeks of fighting along the Euphrates river west of Raqqa.";
        Map<String, long[]> texts = Map.of(
                "agency", TextFingerprint.of(wire).minhash(),
                "reprint", TextFingerprint.of(wire.replace("on Thursday", "on Thursday (AFP)")).minhash(),
                "own", TextFingerprint.of("Our correspondent in Tabqa saw SDF flags over the dam this morning.").minhash());
        List<Incident> incidents = new IncidentLinker(texts::get).link(List.of(
                report(1, "agency", "IS", DAY, place("Tabqa", 35.83, 38.55)),
                report(2, "reprint", "IS", DAY, place("Tabqa", 35.83, 38.55)),
                report(3, "own", null, DAY.plusDays(1), place("Tabqa dam", 35.87, 38.57))));
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).copyGroups()).hasSize(3);
        assertThat(incidents.get(0).sources()).isEqualTo(2);
    }

    @Test
    void confidenceGrowsWithIndependentSources() {
        IncidentLinker linker = new IncidentLinker(article -> null);
        double one = linker.link(List.of(report(1, "a", "IS", DAY, place("Tabqa", 35.83, 38.55)))).get(0).confidence();
        double two = linker.link(List.of(report(1, "a", "IS", DAY, place("Tabqa", 35.83, 38.55)),
                report(2, "b", "IS", DAY, place("Tabqa", 35.83, 38.55)))).get(0).confidence();
        assertThat(two).isGreaterThan(one);
        assertThat(two).isLessThan(1);
    }

    @Test
    void differentTargetsFarPlacesAndDistantDaysStayApart() {
        IncidentLinker linker = new IncidentLinker(article -> null);
        assertThat(linker.link(List.of(report(1, "a", "IS", DAY, place("Tabqa", 35.83, 38.55)),
                report(2, "b", "HTS", DAY, place("Tabqa", 35.83, 38.55))))).hasSize(2);
        assertThat(linker.link(List.of(report(1, "a", "IS", DAY, place("Tabqa", 35.83, 38.55)),
                report(2, "b", "IS", DAY, place("Raqqa", 35.95, 39.01))))).hasSize(2);
        assertThat(linker.link(List.of(report(1, "a", "IS", DAY, place("Tabqa", 35.83, 38.55)),
                report(2, "b", "IS", DAY.plusDays(2), place("Tabqa", 35.83, 38.55))))).hasSize(2);
    }
}
