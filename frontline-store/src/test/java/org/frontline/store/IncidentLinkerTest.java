package org.frontline.store;

import org.frontline.model.EventType;
import org.frontline.model.Place;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

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

    @Test
    void incidentsAreThoseThatComparingEveryPairGives() {
        // many reports of a block with the same target and places (copies) are compared once: the incidents must
        // still be the connected groups of all pairs, also where an unstated target or a near place joins others
        List<Place> places = List.of(place("Tabqa", 35.83, 38.55), place("tabqa", 35.83, 38.55), place("Tabqa dam", 35.87, 38.57),
                place("Raqqa", 35.95, 39.01), new Place("Mansura", null, null, null, true, 0), place("Manbij", 36.53, 37.95));
        List<String> targets = java.util.Arrays.asList("IS", "HTS", null);
        Random random = new Random(14);
        for (int round = 0; round < 200; round++) {
            List<Report> reports = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                List<Place> where = new ArrayList<>();
                for (int k = random.nextInt(3); k > 0; k--) {
                    where.add(places.get(random.nextInt(places.size())));
                }
                reports.add(new Report(i, "a" + random.nextInt(30), "x.example", random.nextBoolean() ? EventType.CAPTURE : EventType.ATTACK,
                        random.nextInt(8) == 0 ? null : "SDF", targets.get(random.nextInt(targets.size())),
                        random.nextInt(10) == 0 ? null : DAY.plusDays(random.nextInt(4)), where, 0.9));
            }
            assertThat(groups(new IncidentLinker(article -> null).link(reports).stream().map(Incident::reports).toList()))
                    .isEqualTo(groups(everyPair(reports)));
        }
    }

    private static Set<Set<Long>> groups(List<List<Report>> incidents) {
        return incidents.stream().map(g -> g.stream().map(Report::eventId).collect(Collectors.toSet())).collect(Collectors.toSet());
    }

    /** Incidents by the definition: every pair compared, joined transitively. */
    private static List<List<Report>> everyPair(List<Report> reports) {
        List<Set<Report>> groups = new ArrayList<>();
        for (Report r : reports) {
            Set<Report> joined = new HashSet<>(Set.of(r));
            for (var it = groups.iterator(); it.hasNext(); ) {
                Set<Report> g = it.next();
                if (g.stream().anyMatch(o -> oneHappening(r, o))) {
                    joined.addAll(g);
                    it.remove();
                }
            }
            groups.add(joined);
        }
        return groups.stream().map(g -> (List<Report>) new ArrayList<>(g)).toList();
    }

    private static boolean oneHappening(Report a, Report b) {
        if (a.type() != b.type() || a.actor() == null || !a.actor().equals(b.actor()) || a.date() == null || b.date() == null
                || Math.abs(a.date().toEpochDay() - b.date().toEpochDay()) > 1
                || a.target() != null && b.target() != null && !a.target().equals(b.target())) {
            return false;
        }
        return a.places().stream().anyMatch(pa -> b.places().stream().anyMatch(pb -> pa.name().toLowerCase(Locale.ROOT)
                .equals(pb.name().toLowerCase(Locale.ROOT)) || pa.resolved() && pb.resolved()
                && new LatLon(pa.lat(), pa.lon()).distanceKm(pb.lat(), pb.lon()) <= IncidentLinker.MAX_KM));
    }
}
