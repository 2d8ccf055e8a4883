package org.frontline.terrain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.frontline.model.ControlClaim;
import org.frontline.model.Event;

/**
 * Control over time on one grid: the claims of base maps and events, the territory on any date, and new events
 * applied to a date's territory without recomputing it (only the cells around the places the event changes).
 * Not thread-safe while events are applied.
 */
public final class Theatre {
    private final Grid grid;
    private final double radiusKm;
    private final ControlTimelines timelines;

    public Theatre(Grid grid, Collection<ControlClaim> claims, double radiusKm) {
        this.grid = grid;
        this.radiusKm = radiusKm;
        this.timelines = ControlTimelines.of(claims);
    }

    public Theatre(Grid grid, Collection<ControlClaim> claims) {
        this(grid, claims, Territory.DEFAULT_RADIUS_KM);
    }

    public Grid grid() {
        return grid;
    }

    public double radiusKm() {
        return radiusKm;
    }

    public ControlTimelines timelines() {
        return timelines;
    }

    /** Every place's control at the end of the date. */
    public List<Control> controlsAt(LocalDate date) {
        return timelines.at(date);
    }

    /** Who holds each cell at the end of the date. */
    public Territory territoryAt(LocalDate date) {
        return Territory.of(grid, timelines.at(date), radiusKm);
    }

    /**
     * Records a new event and brings {@code territory}, computed for {@code date}, up to date with it, touching only
     * the cells within the radius of the event's places. Events after the date are recorded but change nothing.
     *
     * @return how many cells changed hands
     */
    public int apply(Event event, Territory territory, LocalDate date) {
        int changed = 0;
        for (ControlClaim claim : ClaimsFromEvents.convert(List.of(event)).claims()) {
            ControlTimeline timeline = timelines.add(claim);
            if (timeline != null && !claim.date().isAfter(date)) {
                changed += territory.apply(timeline.at(date));
            }
        }
        return changed;
    }
}
