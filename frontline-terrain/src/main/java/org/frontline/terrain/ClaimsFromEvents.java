package org.frontline.terrain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.frontline.model.ControlClaim;
import org.frontline.model.ControlClaim.Kind;
import org.frontline.model.Event;
import org.frontline.model.Place;

/**
 * Turns extracted events into control claims at their resolved places: a capture makes the actor the holder, a
 * withdrawal makes the leaver give up, a hold confirms and a siege contests. Other event types say nothing about
 * control. Events without a date or without any place with coordinates cannot be placed on a map and are
 * counted, not guessed.
 */
public final class ClaimsFromEvents {

    /** The claims and how many control events had to be skipped. */
    public record Result(List<ControlClaim> claims, int withoutCoordinates, int withoutDate) {
        public Result {
            claims = List.copyOf(claims);
        }
    }

    private ClaimsFromEvents() {
    }

    public static Result convert(Collection<Event> events) {
        List<ControlClaim> claims = new ArrayList<>();
        int withoutCoordinates = 0;
        int withoutDate = 0;
        for (Event event : events) {
            Kind kind = kindOf(event);
            if (kind == null || event.actor() == null) {
                continue;
            }
            if (event.date() == null) {
                withoutDate++;
                continue;
            }
            List<Place> placed = Place.sites(event.places());
            if (placed.isEmpty()) {
                withoutCoordinates++;
                continue;
            }
            String source = event.provenance() == null ? "event" : event.provenance().articleId();
            for (Place place : placed) {
                claims.add(new ControlClaim(place, event.actor(), event.date(), kind, source, event.confidence()));
            }
        }
        return new Result(claims, withoutCoordinates, withoutDate);
    }

    /** What an event claims about control of its places, null when nothing. */
    static Kind kindOf(Event event) {
        return switch (event.type()) {
            case CAPTURE, HOLD -> Kind.HOLDS;
            case WITHDRAW -> Kind.LEAVES;
            case SIEGE -> Kind.CONTESTED;
            default -> null;
        };
    }
}
