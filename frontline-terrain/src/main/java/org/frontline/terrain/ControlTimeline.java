package org.frontline.terrain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontline.model.ControlClaim;
import org.frontline.model.Place;

/**
 * The control claims about one place in date order, and who holds it on any date.
 *
 * <p>Rules: a hold claim makes its actor the holder; a leave claim removes the leaver; a contested claim (a
 * siege) adds the besieger as a contestant without unseating the holder. Two holders whose claims are at most
 * {@link #CONFLICT_DAYS} apart clash, and the place is contested with both claims kept, unless the later claim is
 * also better sourced (higher confidence), in which case it wins. A claim made after that window simply wins:
 * news moves on.
 */
public final class ControlTimeline {
    /** Claims this close in time are about the same state of affairs; further apart, the later one is news. */
    public static final int CONFLICT_DAYS = 1;

    private static final Comparator<ControlClaim> IN_ORDER =
            Comparator.comparing(ControlClaim::date).thenComparingDouble(ControlClaim::confidence);

    private final Place place;
    private final List<ControlClaim> claims;

    public ControlTimeline(Place place, Collection<ControlClaim> claims) {
        this.place = place;
        this.claims = claims.stream().sorted(IN_ORDER).toList();
    }

    /** This timeline with one more claim. */
    public ControlTimeline with(ControlClaim claim) {
        List<ControlClaim> more = new ArrayList<>(claims);
        more.add(claim);
        return new ControlTimeline(place, more);
    }

    public Place place() {
        return place;
    }

    /** All claims, oldest first. */
    public List<ControlClaim> claims() {
        return claims;
    }

    /** Who holds the place at the end of {@code date}. */
    public Control at(LocalDate date) {
        Map<String, List<ControlClaim>> holders = new LinkedHashMap<>();
        Map<String, ControlClaim> besiegers = new LinkedHashMap<>();
        for (ControlClaim claim : claims) {
            if (claim.date().isAfter(date)) {
                break;
            }
            switch (claim.kind()) {
                case HOLDS -> hold(holders, besiegers, claim);
                case LEAVES -> {
                    holders.remove(claim.actor());
                    besiegers.remove(claim.actor());
                }
                case CONTESTED -> {
                    if (!holders.containsKey(claim.actor())) {
                        besiegers.put(claim.actor(), claim);
                    }
                }
            }
        }
        List<String> contestants = new ArrayList<>(holders.keySet());
        besiegers.keySet().stream().filter(a -> !holders.containsKey(a)).forEach(contestants::add);
        List<ControlClaim> inForce = new ArrayList<>();
        holders.values().forEach(inForce::addAll);
        inForce.addAll(besiegers.values());
        String holder = holders.size() == 1 ? holders.keySet().iterator().next() : null;
        boolean contested = holders.size() > 1 || !besiegers.isEmpty();
        return new Control(place, holder, contested, contestants, inForce);
    }

    private static void hold(Map<String, List<ControlClaim>> holders, Map<String, ControlClaim> besiegers, ControlClaim claim) {
        Iterator<Map.Entry<String, List<ControlClaim>>> others = holders.entrySet().iterator();
        while (others.hasNext()) {
            Map.Entry<String, List<ControlClaim>> other = others.next();
            if (!other.getKey().equals(claim.actor()) && supersedes(claim, latest(other.getValue()))) {
                others.remove();
            }
        }
        // a confirmed hold ends older sieges; a siege reported the same day stays in view
        besiegers.values().removeIf(siege -> supersedes(claim, siege));
        besiegers.remove(claim.actor());
        List<ControlClaim> own = holders.computeIfAbsent(claim.actor(), a -> new ArrayList<>());
        // the actor's older claims are confirmed, not contradicted: keep the recent ones as its sources
        own.removeIf(old -> ChronoUnit.DAYS.between(old.date(), claim.date()) > CONFLICT_DAYS);
        own.add(claim);
    }

    private static boolean supersedes(ControlClaim later, ControlClaim earlier) {
        long days = ChronoUnit.DAYS.between(earlier.date(), later.date());
        return days > CONFLICT_DAYS || days > 0 && later.confidence() > earlier.confidence();
    }

    private static ControlClaim latest(List<ControlClaim> claims) {
        return claims.get(claims.size() - 1);
    }
}
