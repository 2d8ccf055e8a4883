package org.frontline.store;

import org.frontline.extract.Pipeline;
import org.frontline.model.Article;
import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.frontline.model.Extraction;
import org.frontline.model.Place;
import org.frontline.model.Provenance;

import java.time.LocalDate;
import java.util.List;

/** Articles and events written for the tests. */
final class Fixtures {
    static final Pipeline PIPELINE = new Pipeline();

    private Fixtures() {
    }

    static Article article(String id, String url, String text) {
        return new Article(id, url, "example.org", LocalDate.of(2017, 6, 10), null, text);
    }

    /** An article about a capture at a numbered village, so that every one is a different text. */
    static Article numbered(int i) {
        return new Article("a" + i, "https://example.org/news/" + i, "example.org", LocalDate.of(2017, 6, 10), null,
                "The Syrian Democratic Forces captured the village of Tell " + i + " from Islamic State on Friday.\n\n"
                        + "Fighting went on near Raqqa, a spokesman said in statement number " + i + ".");
    }

    static Extraction extract(Article a) {
        return PIPELINE.extract(a);
    }

    /** An extraction of events given by hand, for linking tests that must not depend on the extractor. */
    static Extraction handMade(Article article, Event... events) {
        return new Extraction(article, List.of(events), List.of());
    }

    static Event event(String articleId, EventType type, String actor, String target, LocalDate date, Place place) {
        return new Event(type, date, null, actor, target, List.of(place), place.name(), null, "evidence",
                new Provenance(articleId, 0, 0, 8), 0.9);
    }

    static Place place(String name, double lat, double lon) {
        return new Place(name, lat, lon, "test", false, 0);
    }
}
