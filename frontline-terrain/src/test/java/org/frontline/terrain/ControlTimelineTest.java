package org.frontline.terrain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.frontline.model.ControlClaim;
import org.frontline.model.ControlClaim.Kind;
import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.frontline.model.Place;
import org.frontline.model.Provenance;
import org.junit.jupiter.api.Test;

class ControlTimelineTest {
    static final Place BAAJ = new Place("Baaj", 36.03, 41.73, "test", false, 0);
    static final LocalDate MAY_27 = LocalDate.of(2017, 5, 27);

    static ControlClaim claim(String actor, LocalDate date, Kind kind, String source, double confidence) {
        return new ControlClaim(BAAJ, actor, date, kind, source, confidence);
    }

    @Test
    void captureMakesTheActorHolderFromItsDate() {
        ControlTimeline timeline = new ControlTimeline(BAAJ, List.of(
                claim("IS", MAY_27, Kind.HOLDS, "wikimap", 0.7),
                claim("PMF", MAY_27.plusDays(8), Kind.HOLDS, "a1", 0.6)));
        assertThat(timeline.at(MAY_27.minusDays(1)).holder()).isNull();
        assertThat(timeline.at(MAY_27).holder()).isEqualTo("IS");
        assertThat(timeline.at(MAY_27.plusDays(7)).holder()).isEqualTo("IS");
        Control june = timeline.at(MAY_27.plusDays(8));
        assertThat(june.holder()).isEqualTo("PMF");
        assertThat(june.contested()).isFalse();
    }

    @Test
    void disagreeingClaimsWithinADayAreContestedWithBothVisible() {
        ControlTimeline timeline = new ControlTimeline(BAAJ, List.of(
                claim("IS", MAY_27, Kind.HOLDS, "a1", 0.8),
                claim("PMF", MAY_27.plusDays(1), Kind.HOLDS, "a2", 0.6)));
        Control control = timeline.at(MAY_27.plusDays(1));
        assertThat(control.contested()).isTrue();
        assertThat(control.holder()).isNull();
        assertThat(control.contestants()).containsExactly("IS", "PMF");
        assertThat(control.claims()).extracting(ControlClaim::source).containsExactlyInAnyOrder("a1", "a2");
    }

    @Test
    void sameDayClaimsOfDifferentActorsClashWhateverTheirConfidence() {
        ControlTimeline timeline = new ControlTimeline(BAAJ, List.of(
                claim("IS", MAY_27, Kind.HOLDS, "a1", 0.5),
                claim("PMF", MAY_27, Kind.HOLDS, "a2", 0.9)));
        assertThat(timeline.at(MAY_27).contestants()).containsExactly("IS", "PMF");
    }

    @Test
    void laterBetterSourcedClaimWinsEvenWithinADay() {
        ControlTimeline timeline = new ControlTimeline(BAAJ, List.of(
                claim("IS", MAY_27, Kind.HOLDS, "a1", 0.5),
                claim("PMF", MAY_27.plusDays(1), Kind.HOLDS, "a2", 0.9)));
        Control control = timeline.at(MAY_27.plusDays(1));
        assertThat(control.holder()).isEqualTo("PMF");
        assertThat(control.contested()).isFalse();
    }

    @Test
    void laterClaimResolvesAContest() {
        ControlTimeline timeline = new ControlTimeline(BAAJ, List.of(
                claim("IS", MAY_27, Kind.HOLDS, "a1", 0.8),
                claim("PMF", MAY_27, Kind.HOLDS, "a2", 0.8),
                claim("PMF", MAY_27.plusDays(3), Kind.HOLDS, "a3", 0.5)));
        assertThat(timeline.at(MAY_27).contested()).isTrue();
        Control control = timeline.at(MAY_27.plusDays(3));
        assertThat(control.holder()).isEqualTo("PMF");
        assertThat(control.contested()).isFalse();
    }

    @Test
    void withdrawalLeavesThePlaceUnheldAndSiegeContestsIt() {
        ControlTimeline timeline = new ControlTimeline(BAAJ, List.of(
                claim("IS", MAY_27, Kind.HOLDS, "wikimap", 0.7),
                claim("PMF", MAY_27.plusDays(2), Kind.CONTESTED, "a1", 0.6),
                claim("IS", MAY_27.plusDays(5), Kind.LEAVES, "a2", 0.6)));
        Control siege = timeline.at(MAY_27.plusDays(2));
        assertThat(siege.holder()).isEqualTo("IS");
        assertThat(siege.contested()).isTrue();
        assertThat(siege.contestants()).containsExactly("IS", "PMF");
        Control after = timeline.at(MAY_27.plusDays(5));
        assertThat(after.holder()).isNull();
        assertThat(after.contestants()).containsExactly("PMF");
    }

    @Test
    void confirmationsKeepTheirSources() {
        ControlTimeline timeline = new ControlTimeline(BAAJ, List.of(
                claim("SDF", MAY_27, Kind.HOLDS, "a1", 0.7),
                claim("SDF", MAY_27.plusDays(1), Kind.HOLDS, "a2", 0.6)));
        Control control = timeline.at(MAY_27.plusDays(1));
        assertThat(control.holder()).isEqualTo("SDF");
        assertThat(control.claims()).extracting(ControlClaim::source).containsExactly("a1", "a2");
    }

    @Test
    void timelinesGroupNamesakesByDistance() {
        Place baajAgain = new Place("baaj", 36.04, 41.74, "geonames:1", false, 0);
        Place otherBaaj = new Place("Baaj", 33.0, 44.0, "geonames:2", false, 0);
        ControlTimelines timelines = ControlTimelines.of(List.of(
                claim("IS", MAY_27, Kind.HOLDS, "wikimap", 0.7),
                new ControlClaim(baajAgain, "PMF", MAY_27.plusDays(8), Kind.HOLDS, "a1", 0.6),
                new ControlClaim(otherBaaj, "IRQ_GOV", MAY_27, Kind.HOLDS, "wikimap", 0.7),
                new ControlClaim(Place.named("Nowhere"), "IS", MAY_27, Kind.HOLDS, "x", 0.7)));
        assertThat(timelines.timelines()).hasSize(2);
        assertThat(timelines.at(MAY_27.plusDays(8))).extracting(Control::holder).containsExactly("PMF", "IRQ_GOV");
    }

    @Test
    void eventsBecomeClaimsAndUnplacedOnesAreCounted() {
        Provenance p = new Provenance("article-1", 0, 0, 10);
        Event capture = new Event(EventType.CAPTURE, MAY_27, "Saturday", "PMF", "IS", List.of(BAAJ), "Baaj", null, "took Baaj", p, 0.8);
        Event unplaced = new Event(EventType.CAPTURE, MAY_27, null, "PMF", "IS", List.of(Place.named("villages")), "villages", 3, "took villages", p, 0.7);
        Event undated = new Event(EventType.WITHDRAW, null, null, "IS", null, List.of(BAAJ), "Baaj", null, "fled", p, 0.7);
        Event siege = new Event(EventType.SIEGE, MAY_27, null, "SDF", "IS", List.of(BAAJ), "Baaj", null, "besieged", p, 0.6);
        Event attack = new Event(EventType.ATTACK, MAY_27, null, "IS", "PMF", List.of(BAAJ), "Baaj", null, "attacked", p, 0.6);
        ClaimsFromEvents.Result result = ClaimsFromEvents.convert(List.of(capture, unplaced, undated, siege, attack));
        assertThat(result.claims()).extracting(ControlClaim::actor, ControlClaim::kind, ControlClaim::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PMF", Kind.HOLDS, "article-1"),
                        org.assertj.core.groups.Tuple.tuple("SDF", Kind.CONTESTED, "article-1"));
        assertThat(result.withoutCoordinates()).isEqualTo(1);
        assertThat(result.withoutDate()).isEqualTo(1);
    }

    @Test
    void anAnchorOfARelativePlaceGetsNoClaim() {
        Place baaj = new Place("Baaj", 36.04, 41.72, "geonames:99524", false, 0);
        Place north = new Place("north of Baaj", 36.13, 41.72, "offset:Baaj", true, 10);
        Event villages = new Event(EventType.CAPTURE, MAY_27, null, "PMF", "IS", List.of(baaj, north), "five villages north of Baaj", 5,
                "took five villages north of Baaj", new Provenance("article-1", 0, 0, 10), 0.8);
        assertThat(ClaimsFromEvents.convert(List.of(villages)).claims()).extracting(c -> c.place().name()).containsExactly("north of Baaj");
    }
}
