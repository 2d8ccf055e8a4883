package org.frontline.store;

import org.frontline.model.Article;
import org.frontline.model.ControlClaim;
import org.frontline.model.EventType;
import org.frontline.model.Extraction;
import org.frontline.model.Place;
import org.frontline.model.Provenance;
import org.frontline.model.Relation;
import org.frontline.model.RelationType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontline.store.Fixtures.event;
import static org.frontline.store.Fixtures.place;

/** What the store must do on every database it supports; a subclass per database supplies a fresh one. */
abstract class StoreContract {
    Store store;

    /** A location (file path or JDBC URL) of a new, empty database. */
    abstract String freshDatabase() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = Store.open(freshDatabase());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void storesAnArticleWithItsEventsAndProvenance() {
        Extraction x = Fixtures.extract(Fixtures.numbered(1));
        assertThat(x.events()).isNotEmpty();
        assertThat(store.articles().add(x, "test")).isEqualTo(Articles.Outcome.ADDED);

        List<StoredEvent> events = store.events().find(EventQuery.all());
        assertThat(events).hasSize(x.events().size());
        StoredEvent first = events.get(0);
        assertThat(first.articleId()).isEqualTo("a1");
        assertThat(first.event().type()).isEqualTo(x.events().get(0).type());
        assertThat(first.event().evidence()).isEqualTo(x.events().get(0).evidence());
        assertThat(first.event().provenance()).isEqualTo(x.events().get(0).provenance());
        assertThat(first.event().places()).isEqualTo(x.events().get(0).places());
        assertThat(store.articles().get("a1")).contains(Fixtures.numbered(1));
    }

    @Test
    void theSameArticleAgainChangesNothing() {
        Article a = Fixtures.numbered(2);
        store.articles().add(Fixtures.extract(a), "test");
        long events = Tables.count(store, "events");

        assertThat(store.articles().add(Fixtures.extract(a), "test")).isEqualTo(Articles.Outcome.DUPLICATE);
        Article sameTextElsewhere = new Article("copy", "https://mirror.example.net/x", "mirror", a.published(), null,
                a.text().replace("Friday.", "Friday .").toUpperCase());
        assertThat(store.articles().add(Fixtures.extract(sameTextElsewhere), "test")).isEqualTo(Articles.Outcome.DUPLICATE);
        Article sameUrl = new Article("other", a.url(), "x", a.published(), null, "Another text entirely.");
        assertThat(store.articles().add(Fixtures.extract(sameUrl), "test")).isEqualTo(Articles.Outcome.DUPLICATE);

        assertThat(store.articles().count()).isEqualTo(1);
        assertThat(Tables.count(store, "events")).isEqualTo(events);
    }

    @Test
    void aDifferentTextUnderATakenIdIsKeptUnderAnotherId() {
        store.articles().add(Fixtures.extract(Fixtures.numbered(3)), "test");
        Article clash = new Article("a3", null, null, null, null, "A different story about Mosul.");
        assertThat(store.articles().add(Fixtures.extract(clash), "test")).isEqualTo(Articles.Outcome.ADDED);
        assertThat(store.articles().ids()).hasSize(2).contains("a3");
    }

    /** A batch of articles in one transaction: the one whose writing fails is rolled back alone, the others kept. */
    @Test
    void anArticleFailingInABatchIsRolledBackAloneAndTheRunGoesOn() {
        List<Integer> inputs = java.util.stream.IntStream.range(0, 5).boxed().toList();
        List<String> failed = new java.util.ArrayList<>();
        // an event without a type passes the extraction and fails while its article is written, after its row
        Ingester ingester = new Ingester(store, a -> a.id().equals("a2")
                ? Fixtures.handMade(a, new org.frontline.model.Event(null, null, null, "SDF", "IS", List.of(), null, null, "e",
                        new Provenance(a.id(), 0, 0, 1), 0.9))
                : Fixtures.extract(a), "test", 2);
        Ingester.Summary summary = ingester.ingest(inputs, i -> List.of(Fixtures.numbered(i)), outcome -> { },
                (input, article, error) -> failed.add(article.id()));
        assertThat(failed).containsExactly("a2");
        assertThat(summary.added()).isEqualTo(4);
        assertThat(store.articles().ids()).containsExactly("a0", "a1", "a3", "a4");
        assertThat(store.events().find(EventQuery.all())).hasSize(4 * Fixtures.extract(Fixtures.numbered(0)).events().size());
        // the failed article is not half stored: a re-run with a working engine adds it
        Ingester.Summary rerun = new Ingester(store, Fixtures.PIPELINE, "test", 2).ingest(inputs, i -> List.of(Fixtures.numbered(i)), outcome -> { });
        assertThat(rerun.added()).isEqualTo(1);
        assertThat(rerun.duplicates()).isEqualTo(4);
    }

    @Test
    void reextractionReplacesTheFindings() {
        Article a = Fixtures.numbered(4);
        store.articles().add(Fixtures.extract(a), "old");
        store.articles().add(Fixtures.extract(Fixtures.numbered(5)), "new");
        assertThat(store.articles().idsNotExtractedBy("new")).containsExactly("a4");
        store.articles().replace("a4", Fixtures.extract(a), "new");
        assertThat(store.articles().idsNotExtractedBy("new")).isEmpty();
        assertThat(store.events().find(EventQuery.all())).hasSize(2 * Fixtures.extract(a).events().size());
    }

    @Test
    void findsEventsByTimeTypeAndArea() {
        LocalDate day = LocalDate.of(2017, 6, 1);
        store.articles().add(Fixtures.handMade(Fixtures.article("x", null, "x text"),
                event("x", EventType.CAPTURE, "SDF", "IS", day, place("Tabqa", 35.83, 38.55)),
                event("x", EventType.ATTACK, "IS", "SDF", day.plusDays(10), place("Raqqa", 35.95, 39.01)),
                event("x", EventType.CAPTURE, "SAA", "IS", day.plusDays(3), place("Palmyra", 34.55, 38.27))), "test");

        assertThat(store.events().find(EventQuery.all().between(day, day.plusDays(5)))).hasSize(2);
        assertThat(store.events().find(EventQuery.all().about(EventType.CAPTURE, "SDF", null))).hasSize(1);
        List<StoredEvent> nearRaqqa = store.events().find(EventQuery.all().within(new LatLon(35.95, 39.01), 50));
        assertThat(nearRaqqa).extracting(e -> e.event().places().get(0).name()).containsExactly("Tabqa", "Raqqa");
        assertThat(store.events().find(EventQuery.all().within(new LatLon(35.95, 39.01), 5))).hasSize(1);
        assertThat(store.events().locate("raqqa")).contains(new LatLon(35.95, 39.01));
    }

    @Test
    void pagesCutTheWholeListInDateThenIdOrder() {
        LocalDate day = LocalDate.of(2017, 6, 1);
        // stored out of date order, two on one day: pages follow date, then id
        store.articles().add(Fixtures.handMade(Fixtures.article("p", null, "p text"),
                event("p", EventType.CAPTURE, "SDF", "IS", day.plusDays(4), place("Tabqa", 35.83, 38.55)),
                event("p", EventType.ATTACK, "IS", "SDF", day, place("Raqqa", 35.95, 39.01)),
                event("p", EventType.CAPTURE, "SAA", "IS", day.plusDays(2), place("Palmyra", 34.55, 38.27)),
                event("p", EventType.CAPTURE, "SDF", "IS", day, place("Mansura", 35.85, 38.77)),
                event("p", EventType.ATTACK, "IS", "SAA", day.plusDays(9), place("Deir ez-Zor", 35.33, 40.14))), "test");
        List<StoredEvent> all = store.events().find(EventQuery.all());
        assertThat(all).extracting(e -> e.event().places().get(0).name()).containsExactly("Raqqa", "Mansura", "Palmyra", "Tabqa", "Deir ez-Zor");
        for (int offset = 0; offset <= all.size(); offset++) {
            assertThat(store.events().find(EventQuery.all(), offset, 2)).isEqualTo(all.subList(offset, Math.min(all.size(), offset + 2)));
        }
        List<StoredEvent> captures = store.events().find(EventQuery.all().about(EventType.CAPTURE, null, null));
        assertThat(captures).hasSize(3);
        assertThat(store.events().find(EventQuery.all().about(EventType.CAPTURE, null, null), 1, 5)).isEqualTo(captures.subList(1, 3));
    }

    @Test
    void placesResolvedLaterAreFoundByArea() {
        store.articles().add(Fixtures.handMade(Fixtures.article("y", null, "y text"),
                event("y", EventType.CAPTURE, "SDF", "IS", LocalDate.of(2017, 6, 1), Place.named("Tabqa")),
                event("y", EventType.ATTACK, "IS", "SDF", LocalDate.of(2017, 6, 2), Place.named("Tabqa")),
                event("y", EventType.ATTACK, "IS", "SDF", LocalDate.of(2017, 6, 3), place("Raqqa", 35.95, 39.01))), "test");
        assertThat(store.events().find(EventQuery.all().within(new LatLon(35.83, 38.55), 10))).isEmpty();
        assertThat(store.places().unresolvedNames()).containsExactly("Tabqa");

        // what the gazetteer will do
        assertThat(store.places().resolve("Tabqa", new Place("Tabqa", 35.83, 38.55, "geonames:163270", false, 0))).isEqualTo(2);
        assertThat(store.events().find(EventQuery.all().within(new LatLon(35.83, 38.55), 10))).hasSize(2);
        assertThat(store.places().unresolvedNames()).isEmpty();
    }

    @Test
    void controlClaimsAreReadUpToADate() {
        store.claims().add(List.of(
                new ControlClaim(place("Raqqa", 35.95, 39.01), "IS", LocalDate.of(2014, 1, 13), ControlClaim.Kind.HOLDS, "basemap", 0.9),
                new ControlClaim(Place.named("Tabqa"), "SDF", LocalDate.of(2017, 5, 10), ControlClaim.Kind.HOLDS, "a1", 0.8),
                new ControlClaim(place("Raqqa", 35.95, 39.01), "SDF", LocalDate.of(2017, 10, 17), ControlClaim.Kind.HOLDS, "a2", 0.95)));
        List<ControlClaim> claims = store.claims().upTo(LocalDate.of(2017, 6, 1));
        assertThat(claims).extracting(ControlClaim::actor).containsExactly("IS", "SDF");
        assertThat(claims.get(1).place().lat()).isNull();
        assertThat(claims.get(0).place().lat()).isEqualTo(35.95);
    }

    @Test
    void relationsAreReadUpToTheirArticlesPublicationDay() {
        Article may = new Article("may", null, null, LocalDate.of(2017, 5, 29), null, "An Iranian-backed Iraqi force took villages.");
        Article june = new Article("june", null, null, LocalDate.of(2017, 6, 9), null, "The PMF and the Syrian army met at the border.");
        Article undated = new Article("undated", null, null, null, null, "Hezbollah fights alongside the Syrian army.");
        store.articles().add(new Extraction(may, List.of(), List.of(new Relation(RelationType.BACKS,
                "IRN", "PMF", "Iranian-backed", new Provenance("may", 0, 3, 17), 0.8))), "test");
        store.articles().add(new Extraction(june, List.of(), List.of(new Relation(RelationType.ALLIED,
                "PMF", "SYR_GOV", "met", new Provenance("june", 0, 0, 10), 0.6))), "test");
        store.articles().add(new Extraction(undated, List.of(), List.of(new Relation(RelationType.ALLIED,
                "HEZBOLLAH", "SYR_GOV", "fights alongside", new Provenance("undated", 0, 0, 10), 0.7))), "test");
        List<Relation> upTo = store.relations().publishedUpTo(LocalDate.of(2017, 6, 1));
        assertThat(upTo).hasSize(1);
        assertThat(upTo.get(0)).isEqualTo(new Relation(RelationType.BACKS, "IRN", "PMF",
                "Iranian-backed", new Provenance("may", 0, 3, 17), 0.8));
        assertThat(store.relations().publishedUpTo(LocalDate.of(2017, 6, 9))).extracting(Relation::target)
                .containsExactly("PMF", "SYR_GOV");
    }

    @Test
    void addingTheSameBaseMapAgainChangesNothing() {
        List<ControlClaim> map = List.of(
                new ControlClaim(place("Raqqa", 35.95, 39.01), "IS", LocalDate.of(2017, 5, 27), ControlClaim.Kind.HOLDS, "map.csv", 0.7),
                new ControlClaim(place("Tabqa", 35.83, 38.55), "SDF", LocalDate.of(2017, 5, 27), ControlClaim.Kind.HOLDS, "map.csv", 0.7));
        assertThat(store.claims().addAbsent(map)).isEqualTo(2);
        assertThat(store.claims().addAbsent(map)).isZero();
        // the same place and actor from another map, or on another date, is another claim
        assertThat(store.claims().addAbsent(List.of(new ControlClaim(place("Raqqa", 35.95, 39.01), "IS", LocalDate.of(2017, 5, 28),
                ControlClaim.Kind.HOLDS, "map.csv", 0.7)))).isEqualTo(1);
        assertThat(store.claims().upTo(LocalDate.of(2017, 6, 1))).hasSize(3);
    }

    @Test
    void theSameStoryFromThreeOutletsIsOneIncidentWithThreeSources() {
        LocalDate day = LocalDate.of(2017, 6, 1);
        String[] outlets = {"one.example", "two.example", "three.example"};
        String[] texts = {"Kurdish-led fighters took the dam town on Thursday after a week of fighting.",
                "The town fell to the SDF late Wednesday, officials said, ending the siege.",
                "Residents reported the arrival of the SDF in the town centre."};
        for (int i = 0; i < 3; i++) {
            Article a = new Article("o" + i, null, outlets[i], day, null, texts[i]);
            store.articles().add(Fixtures.handMade(a, event("o" + i, EventType.CAPTURE, "SDF", i == 2 ? null : "IS",
                    day.plusDays(i == 1 ? -1 : 0), place("Tabqa", 35.83 + i * 0.01, 38.55))), "test");
        }
        assertThat(store.incidents().rebuild()).isEqualTo(1);
        List<StoredEvent> events = store.events().find(EventQuery.all());
        assertThat(events).extracting(StoredEvent::incidentId).containsOnly(events.get(0).incidentId());
        Incidents.StoredIncident incident = store.incidents().get(List.of(events.get(0).incidentId())).values().iterator().next();
        assertThat(incident.sources()).isEqualTo(3);
        assertThat(incident.reportedBy()).extracting(Incidents.Source::outlet).containsExactlyInAnyOrder(outlets);
    }

    @Test
    void theSamePlaceAWeekApartIsTwoIncidents() {
        LocalDate day = LocalDate.of(2017, 6, 1);
        store.articles().add(Fixtures.handMade(Fixtures.article("w1", null, "first week text"),
                event("w1", EventType.ATTACK, "IS", "SDF", day, place("Raqqa", 35.95, 39.01))), "test");
        store.articles().add(Fixtures.handMade(Fixtures.article("w2", null, "second week text"),
                event("w2", EventType.ATTACK, "IS", "SDF", day.plusDays(7), place("Raqqa", 35.95, 39.01))), "test");
        assertThat(store.incidents().rebuild()).isEqualTo(2);
    }

    @Test
    void incidentsAskedTogetherComeInTheOrderAskedEachWithItsOwnSources() {
        LocalDate day = LocalDate.of(2017, 6, 1);
        store.articles().add(Fixtures.handMade(new Article("n1", null, "north.example", day, null, "The first raid hit the crossing."),
                event("n1", EventType.ATTACK, "IS", "SDF", day, place("Raqqa", 35.95, 39.01))), "test");
        store.articles().add(Fixtures.handMade(new Article("s1", null, "south.example", day, null, "Shelling reached the southern villages."),
                event("s1", EventType.ATTACK, "PMF", "IS", day, place("Baaj", 36.04, 41.72))), "test");
        store.articles().add(Fixtures.handMade(new Article("s2", null, "east.example", day, null, "Mortars fell on the southern villages again."),
                event("s2", EventType.ATTACK, "PMF", "IS", day, place("Baaj", 36.04, 41.72))), "test");
        assertThat(store.incidents().rebuild()).isEqualTo(2);
        Map<String, Long> byActor = new java.util.HashMap<>();
        store.events().find(EventQuery.all()).forEach(e -> byActor.put(e.event().actor(), e.incidentId()));
        long raid = byActor.get("IS");
        long shelling = byActor.get("PMF");

        Map<Long, Incidents.StoredIncident> found = store.incidents().get(List.of(shelling, 987_654L, raid, shelling));

        assertThat(found.keySet()).containsExactly(shelling, raid);
        assertThat(found.get(raid).reportedBy()).extracting(Incidents.Source::outlet).containsExactly("north.example");
        assertThat(found.get(shelling).reportedBy()).extracting(Incidents.Source::outlet).containsExactlyInAnyOrder("south.example", "east.example");
        assertThat(found.get(shelling).sources()).isEqualTo(2);
        assertThat(store.incidents().get(List.of())).isEmpty();
    }

    @Test
    void idsBeyondOneListAreAskedInSeveralAndTheMissingOnesMatchNothing() throws Exception {
        LocalDate day = LocalDate.of(2017, 6, 1);
        for (String id : List.of("i1", "i2", "i3")) {
            store.articles().add(Fixtures.handMade(new Article(id, null, "x.example", day, null, "Shelling hit " + id + "."),
                    event(id, EventType.ATTACK, "PMF", "IS", day, place("Baaj", 36.04, 41.72))), "test");
        }
        List<Long> stored = store.events().find(EventQuery.all()).stream().map(StoredEvent::id).toList();
        // two thousand ids that are not there around the three that are: four lists, each padded with nulls
        List<Long> asked = new java.util.ArrayList<>();
        for (long missing = 1_000_000; missing < 1_002_000; missing++) {
            asked.add(missing);
        }
        asked.add(700, stored.get(2));
        asked.add(1500, stored.get(0));
        asked.add(stored.get(1));
        List<Long> found = new java.util.ArrayList<>();
        store.inTransaction(c -> {
            Rows.selectIn(store, "SELECT id FROM events WHERE id IN ({ids}) ORDER BY id", asked, r -> found.add(r.getLong(1)));
            return null;
        });
        assertThat(found).containsExactly(stored.get(2), stored.get(0), stored.get(1));
        assertThat(store.incidents().get(asked.subList(0, 5))).isEmpty();
    }

    @Test
    void linkingArticleByArticleGivesWhatARebuildGives() {
        LocalDate day = LocalDate.of(2017, 6, 1);
        String[] outlets = {"one.example", "two.example", "three.example"};
        for (int i = 0; i < 3; i++) {
            Article a = new Article("u" + i, null, outlets[i], day, null, "Report number " + i + " of the fall of the dam town.");
            // the middle report arrives last and joins the other two, which are two days apart
            int day0 = new int[] {0, 2, 1}[i];
            store.articles().add(Fixtures.handMade(a, event("u" + i, EventType.CAPTURE, "SDF", "IS", day.plusDays(day0),
                    place("Tabqa", 35.83, 38.55))), "test");
            store.incidents().update();
        }
        store.articles().add(Fixtures.handMade(Fixtures.article("later", null, "a week later"),
                event("later", EventType.CAPTURE, "SDF", "IS", day.plusDays(9), place("Tabqa", 35.83, 38.55))), "test");
        store.incidents().update();

        assertThat(Tables.count(store, "incidents")).isEqualTo(2);
        List<StoredEvent> events = store.events().find(EventQuery.all());
        assertThat(events.subList(0, 3)).extracting(StoredEvent::incidentId).containsOnly(events.get(0).incidentId());
        assertThat(store.incidents().get(List.of(events.get(0).incidentId())).get(events.get(0).incidentId()).sources()).isEqualTo(3);
        assertThat(store.incidents().rebuild()).isEqualTo(2);
        assertThat(Tables.count(store, "incident_sources")).isEqualTo(4);
    }

    @Test
    void linkingManyActorsAndUndatedReportsAtOnceGivesWhatARebuildGives() {
        LocalDate day = LocalDate.of(2017, 6, 1);
        // linked one (type, actor) at a time, then the reports without a date or an actor, each alone
        Object[][] reports = {
                {"k1", EventType.CAPTURE, "SDF", day}, {"k2", EventType.CAPTURE, "SDF", day.plusDays(1)},
                {"k3", EventType.ATTACK, "PMF", day}, {"k4", EventType.ATTACK, "IS", day}, {"k5", EventType.CAPTURE, "SDF", null},
                {"k6", EventType.ATTACK, null, day}, {"k7", EventType.ATTACK, "PMF", day.plusDays(1)}};
        for (Object[] r : reports) {
            store.articles().add(Fixtures.handMade(Fixtures.article((String) r[0], null, "text of " + r[0]),
                    event((String) r[0], (EventType) r[1], (String) r[2], null, (LocalDate) r[3], place("Tabqa", 35.83, 38.55))), "test");
        }
        // the reports without a date or an actor can join no other: each got its incident as its article was stored
        assertThat(Tables.count(store, "incidents")).isEqualTo(2);
        assertThat(store.incidents().update()).isEqualTo(3);
        java.util.Set<java.util.Set<String>> updated = incidentsByArticles();
        assertThat(updated).containsExactlyInAnyOrder(java.util.Set.of("k1", "k2"), java.util.Set.of("k3", "k7"),
                java.util.Set.of("k4"), java.util.Set.of("k5"), java.util.Set.of("k6"));
        assertThat(store.incidents().rebuild()).isEqualTo(5);
        assertThat(incidentsByArticles()).isEqualTo(updated);
    }

    @Test
    void anIngestLinksTheReportsThatCanJoinNoOtherAsItStoresThem() {
        LocalDate day = LocalDate.of(2017, 6, 1);
        // per article: one report with a date and an actor (linked after the run), one without a date, one without an actor
        Ingester ingester = new Ingester(store, a -> Fixtures.handMade(a,
                event(a.id(), EventType.CAPTURE, "SDF", "IS", day, place("Tabqa", 35.83, 38.55)),
                event(a.id(), EventType.ATTACK, "SDF", "IS", null, place("Tabqa", 35.83, 38.55)),
                event(a.id(), EventType.ATTACK, null, "IS", day, place("Raqqa", 35.95, 39.01))), "test", 2);
        Ingester.Summary summary = ingester.ingest(List.of(0, 1, 2), i -> List.of(Fixtures.numbered(i)), outcome -> { });
        assertThat(summary.incidents()).isEqualTo(6);
        assertThat(Tables.count(store, "incidents")).isEqualTo(6);
        assertThat(store.incidents().update()).isEqualTo(1);
        assertThat(Tables.count(store, "incidents")).isEqualTo(7);
        java.util.Set<java.util.Set<String>> updated = incidentsByArticles();
        assertThat(updated).containsExactlyInAnyOrder(java.util.Set.of("a0", "a1", "a2"), java.util.Set.of("a0"),
                java.util.Set.of("a1"), java.util.Set.of("a2"));
        assertThat(store.incidents().rebuild()).isEqualTo(7);
        assertThat(incidentsByArticles()).isEqualTo(updated);
    }

    /** The stored incidents, each as the set of articles its events come from. */
    private java.util.Set<java.util.Set<String>> incidentsByArticles() {
        Map<Long, java.util.Set<String>> byIncident = new java.util.HashMap<>();
        for (StoredEvent e : store.events().find(EventQuery.all())) {
            assertThat(e.incidentId()).as("every event is in an incident").isNotNull();
            byIncident.computeIfAbsent(e.incidentId(), k -> new java.util.HashSet<>()).add(e.articleId());
        }
        return new java.util.HashSet<>(byIncident.values());
    }

    @Test
    void keepsWhatTheFeedWatcherHasSeen() {
        WatchedFeeds feeds = store.watchedFeeds();
        String url = "https://wire.example.org/feed.xml";
        Instant t0 = Instant.parse("2026-12-01T12:00:00Z");
        assertThat(feeds.state(url)).isEqualTo(new WatchedFeeds.FeedState(url, null, null, null, null, 0, null));

        feeds.pollFailed(url, t0, t0.plusSeconds(900), "HTTP 503 from " + url);
        feeds.pollFailed(url, t0.plusSeconds(900), t0.plusSeconds(2700), "HTTP 503 from " + url);
        assertThat(feeds.state(url)).extracting(WatchedFeeds.FeedState::failures, WatchedFeeds.FeedState::retryAfter,
                WatchedFeeds.FeedState::lastResult).containsExactly(2, t0.plusSeconds(2700), "failed: HTTP 503 from " + url);

        feeds.done(url, List.of(new WatchedFeeds.Done("guid-1", "https://wire.example.org/1", "ingested", "wire-1")), t0);
        for (int attempt = 1; attempt <= WatchedFeeds.MAX_ITEM_ATTEMPTS; attempt++) {
            int givenUp = feeds.failed(url, List.of(new WatchedFeeds.Failure("guid-2", "https://wire.example.org/2", "timeout")), t0);
            assertThat(givenUp).as("attempt " + attempt).isEqualTo(attempt == WatchedFeeds.MAX_ITEM_ATTEMPTS ? 1 : 0);
            if (attempt == 1) {
                assertThat(feeds.done(url, List.of("guid-1", "guid-2", "guid-3"))).containsExactly("guid-1");
            }
        }
        assertThat(feeds.done(url, List.of("guid-1", "guid-2", "guid-3"))).containsExactlyInAnyOrder("guid-1", "guid-2");
        assertThat(feeds.done("https://other.example.org/rss", List.of("guid-1"))).isEmpty();

        feeds.polled(url, "\"v7\"", "Tue, 01 Dec 2026 12:00:00 GMT", t0.plusSeconds(3600), "1 new");
        assertThat(feeds.state(url)).isEqualTo(new WatchedFeeds.FeedState(url, "\"v7\"", "Tue, 01 Dec 2026 12:00:00 GMT",
                t0.plusSeconds(3600), "1 new", 0, null));
        assertThat(Tables.count(store, "watched_items")).isEqualTo(2);
    }
}
