package org.frontline.extract;

import org.frontline.model.Event;
import org.frontline.model.Extraction;
import org.frontline.model.Place;
import org.frontline.model.Relation;

import java.util.Locale;
import java.util.stream.Collectors;

/** An extraction as lines a person reads in a terminal: one event or relation a line, with its evidence. */
public final class EventLines {
    private static final int EVIDENCE = 110;

    private EventLines() {
    }

    public static String format(Extraction x) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(x.article().id());
        if (x.article().published() != null) {
            out.append("  (published ").append(x.article().published()).append(')');
        }
        if (x.article().title() != null) {
            out.append("  ").append(x.article().title());
        }
        out.append('\n');
        for (Event e : x.events()) {
            String places = e.places().stream().map(EventLines::place).collect(Collectors.joining(", "));
            out.append(String.format(Locale.ROOT, "  %-10s %-10s %-9s -> %-9s %-40s %s%n", e.type().code(),
                    e.date() == null ? (e.dateText() == null ? "?" : "\"" + e.dateText() + "\"") : e.date(),
                    e.actor(), e.target() == null ? "-" : e.target(), places.isEmpty() ? (e.placeText() == null ? "-" : e.placeText()) : places,
                    quote(e.evidence())));
        }
        for (Relation r : x.relations()) {
            out.append(String.format(Locale.ROOT, "  %-10s %-9s -> %-9s %s%n", r.type().code(), r.source(), r.target(), quote(r.evidence())));
        }
        return out.toString();
    }

    private static String place(Place p) {
        return p.resolved() ? String.format(Locale.ROOT, "%s (%.3f,%.3f%s)", p.name(), p.lat(), p.lon(), p.approximate() ? " ~" : "") : p.name();
    }

    private static String quote(String evidence) {
        String one = evidence.replaceAll("\\s+", " ");
        return "\"" + (one.length() > EVIDENCE ? one.substring(0, EVIDENCE - 1) + "…" : one) + "\"";
    }
}
