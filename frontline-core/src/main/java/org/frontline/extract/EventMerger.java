package org.frontline.extract;

import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.frontline.model.Place;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One happening, one event: an article tells its main story in the headline, the lead and again further
 * down; reports of the same type by the same actor at the same first place (or with no place) on compatible days
 * become one event with all the places. A hold of a place that changes hands in the article is dropped:
 * the capture says more; a place only inferred from the story ("withdrew from the area") changes no hands.
 */
final class EventMerger {
    private EventMerger() {
    }

    static List<Event> merge(List<Event> events) {
        List<Event> merged = new ArrayList<>();
        for (Event e : events) {
            int same = -1;
            for (int i = 0; i < merged.size(); i++) {
                if (sameHappening(merged.get(i), e)) {
                    same = i;
                    break;
                }
            }
            if (same < 0) {
                merged.add(e);
            } else {
                merged.set(same, combine(merged.get(same), e));
            }
        }
        merged = withoutLosersOfCaptures(merged);
        Set<String> changedHands = merged.stream()
                .filter(e -> e.type() == EventType.CAPTURE || e.type() == EventType.WITHDRAW)
                .flatMap(e -> e.places().stream().filter(p -> !anchor(e, p) && !p.approximate())).map(p -> key(p.name())).collect(Collectors.toSet());
        merged.removeIf(e -> e.type() == EventType.HOLD && !e.places().isEmpty()
                && e.places().stream().allMatch(p -> changedHands.contains(key(p.name()))));
        return merged;
    }

    /**
     * "X captured the town after Y evacuated it": the leaving is the other side of the capture, told in the same
     * sentence; it becomes the capture's target rather than an event of its own.
     */
    private static List<Event> withoutLosersOfCaptures(List<Event> events) {
        List<Event> kept = new ArrayList<>(events);
        for (Event w : events) {
            if (w.type() != EventType.WITHDRAW) {
                continue;
            }
            for (int i = 0; i < kept.size(); i++) {
                Event c = kept.get(i);
                if (c.type() == EventType.CAPTURE && c.provenance().sentenceIndex() == w.provenance().sentenceIndex()
                        && !c.actor().equals(w.actor())) {
                    if (c.target() == null) {
                        kept.set(i, c.withActors(c.actor(), w.actor()));
                    }
                    kept.remove(w);
                    break;
                }
            }
        }
        return kept;
    }

    /** "villages west of the town of Baaj": Baaj says where; it did not change hands. */
    private static boolean anchor(Event e, Place p) {
        return Pattern.compile("\\b(?:north|south|east|west|northeast|northwest|southeast|southwest|outside|near)(?:ern)?\\s+of\\s+(?:the\\s+(?:\\w+\\s+){0,2}of\\s+)?"
                + Pattern.quote(p.name())).matcher(e.evidence()).find();
    }

    private static boolean sameHappening(Event a, Event b) {
        if (a.type() != b.type() || !a.actor().equals(b.actor())) {
            return false;
        }
        if (a.target() != null && b.target() != null && !a.target().equals(b.target())) {
            return false;
        }
        if (a.date() != null && b.date() != null && Math.abs(ChronoUnit.DAYS.between(a.date(), b.date())) > 1) {
            return false;
        }
        if (a.places().isEmpty() || b.places().isEmpty()) {
            return a.places().isEmpty() == b.places().isEmpty() || a.provenance().sentenceIndex() == 0 || b.provenance().sentenceIndex() == 0;
        }
        // the first place is the one the report names; later ones may be context ("in the city")
        return key(a.places().get(0).name()).equals(key(b.places().get(0).name()));
    }

    /** Keeps the better-dated, better-placed report as the evidence and unites the places. */
    private static Event combine(Event a, Event b) {
        Event main = score(b) > score(a) ? b : a;
        Event other = main == a ? b : a;
        Map<String, Place> places = new LinkedHashMap<>();
        for (Place p : main.places()) {
            places.putIfAbsent(key(p.name()), p);
        }
        for (Place p : other.places()) {
            places.putIfAbsent(key(p.name()), p);
        }
        return new Event(main.type(), main.date() != null ? main.date() : other.date(),
                main.dateText() != null ? main.dateText() : other.dateText(), main.actor(),
                main.target() != null ? main.target() : other.target(), new ArrayList<>(places.values()),
                main.placeText() != null ? main.placeText() : other.placeText(),
                main.count() != null ? main.count() : other.count(), main.evidence(), main.provenance(),
                Math.min(1.0, Math.max(a.confidence(), b.confidence()) + 0.05));
    }

    private static int score(Event e) {
        return (e.dateText() != null ? 2 : 0) + (e.places().isEmpty() ? 0 : 1) + (e.provenance().sentenceIndex() == 0 ? -1 : 0);
    }

    static String key(String name) {
        return Objects.requireNonNull(name).toLowerCase(Locale.ROOT).replaceAll("^(?:al|el|ad|ar|as|ash|at|az|an)[- ]", "").replaceAll("[^\\p{L}0-9]", "");
    }
}
