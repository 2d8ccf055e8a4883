package org.frontline.cli;

import org.frontline.model.Article;
import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.frontline.model.Extraction;
import org.frontline.model.Place;
import org.frontline.model.Provenance;
import org.frontline.store.Report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Events made up for benchmarks, shaped like the real ones: a few thousand places in the Iraq/Syria box, a
 * few dozen actors, five years of days, and each happening reported by one to three articles.
 */
final class SyntheticEvents {
    static final LocalDate FIRST_DAY = LocalDate.of(2014, 1, 1);
    static final int DAYS = 5 * 365;
    private static final int PLACES = 5000;
    private static final int ACTORS = 30;
    private static final EventType[] TYPES = EventType.values();

    private final SplittableRandom random;
    private final Place[] places = new Place[PLACES];

    SyntheticEvents(long seed) {
        random = new SplittableRandom(seed);
        for (int i = 0; i < PLACES; i++) {
            places[i] = new Place("Place " + i, 32 + random.nextDouble() * 5.5, 36 + random.nextDouble() * 10, "synthetic", false, 0);
        }
    }

    Place randomPlace() {
        return places[random.nextInt(PLACES)];
    }

    LocalDate randomDay() {
        return FIRST_DAY.plusDays(random.nextInt(DAYS));
    }

    /** Reports of happenings, about {@code count} in all; articles are numbered, so each is its own source. */
    List<Report> reports(int count) {
        List<Report> reports = new ArrayList<>(count + 3);
        long id = 0;
        while (reports.size() < count) {
            EventType type = TYPES[random.nextInt(TYPES.length)];
            String actor = "A" + random.nextInt(ACTORS);
            String target = "A" + random.nextInt(ACTORS);
            LocalDate day = randomDay();
            Place place = randomPlace();
            for (int copies = 1 + random.nextInt(3); copies > 0; copies--) {
                id++;
                reports.add(new Report(id, "article-" + id, "outlet" + random.nextInt(50), type, actor, copies == 1 ? target : null,
                        day.plusDays(random.nextInt(2)), List.of(place), 0.9));
            }
        }
        return reports;
    }

    /** An article of {@code events} made-up events, stored as if the pipeline had found them. */
    Extraction article(int number, int events) {
        Article article = new Article("synthetic-" + number, null, "outlet" + random.nextInt(50), randomDay(), null,
                "Synthetic article " + number + " for the query benchmark.");
        List<Event> found = new ArrayList<>(events);
        for (int i = 0; i < events; i++) {
            Place place = randomPlace();
            found.add(new Event(TYPES[random.nextInt(TYPES.length)], randomDay(), null, "A" + random.nextInt(ACTORS),
                    "A" + random.nextInt(ACTORS), List.of(place), place.name(), null, "synthetic evidence " + i,
                    new Provenance(article.id(), i, 0, 10), 0.9));
        }
        return new Extraction(article, found, List.of());
    }
}
