package org.frontline.terrain;

import java.util.List;
import org.frontline.model.ControlClaim;
import org.frontline.model.Place;

/**
 * Who holds a place on a date, as the claims in force say.
 *
 * @param place       the place
 * @param holder      the actor holding it; null when nobody does or the holders' claims clash
 * @param contested   true when claims disagree or a siege is under way
 * @param contestants every actor with a claim in force: holders and besiegers
 * @param claims      the claims in force, conflicting ones included, so that both sides stay visible
 */
public record Control(Place place, String holder, boolean contested, List<String> contestants, List<ControlClaim> claims) {
    public Control {
        contestants = List.copyOf(contestants);
        claims = List.copyOf(claims);
    }

    /** A place held outright by one actor, for callers (and tests) that already know the answer. */
    public static Control held(Place place, String actor) {
        return new Control(place, actor, false, List.of(actor), List.of());
    }
}
