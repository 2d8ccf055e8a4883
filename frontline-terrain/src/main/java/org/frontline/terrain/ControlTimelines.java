package org.frontline.terrain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.frontline.model.ControlClaim;
import org.frontline.model.Place;

/**
 * Claims from base maps and events grouped into one {@link ControlTimeline} per place.
 *
 * <p>A place is its name (case-folded) at a position: base maps and gazetteers give the same village slightly
 * different coordinates, so claims with the same name within {@link #SAME_PLACE_KM} are one place, while
 * namesakes further apart stay apart. Claims without coordinates are left out (they cannot be mapped).
 * {@link #add(ControlClaim)} adds claims one at a time, as news comes in; not thread-safe while adding.
 */
public final class ControlTimelines {
    public static final double SAME_PLACE_KM = 5;

    /** Timelines in order of their place's first claim; namesakes found by name. */
    private final List<ControlTimeline> timelines = new ArrayList<>();
    private final Map<String, List<Integer>> byName = new LinkedHashMap<>();

    private ControlTimelines() {
    }

    public static ControlTimelines of(Collection<ControlClaim> claims) {
        Map<String, List<List<ControlClaim>>> groups = new LinkedHashMap<>();
        for (ControlClaim claim : claims) {
            if (!claim.place().resolved()) {
                continue;
            }
            List<List<ControlClaim>> namesakes = groups.computeIfAbsent(nameKey(claim.place()), n -> new ArrayList<>());
            namesakes.stream()
                    .filter(group -> Geo.km(group.get(0).place(), claim.place()) <= SAME_PLACE_KM)
                    .findFirst()
                    .orElseGet(() -> {
                        List<ControlClaim> group = new ArrayList<>();
                        namesakes.add(group);
                        return group;
                    })
                    .add(claim);
        }
        ControlTimelines out = new ControlTimelines();
        groups.forEach((name, namesakes) -> namesakes.forEach(group -> {
            out.byName.computeIfAbsent(name, n -> new ArrayList<>()).add(out.timelines.size());
            out.timelines.add(new ControlTimeline(exactest(group), group));
        }));
        return out;
    }

    /**
     * Adds one claim to its place's timeline (a new timeline for a new place).
     *
     * @return the place's timeline with the claim; null when the claim has no coordinates
     */
    public ControlTimeline add(ControlClaim claim) {
        if (!claim.place().resolved()) {
            return null;
        }
        List<Integer> namesakes = byName.computeIfAbsent(nameKey(claim.place()), n -> new ArrayList<>());
        for (int i : namesakes) {
            if (Geo.km(timelines.get(i).place(), claim.place()) <= SAME_PLACE_KM) {
                timelines.set(i, timelines.get(i).with(claim));
                return timelines.get(i);
            }
        }
        namesakes.add(timelines.size());
        ControlTimeline timeline = new ControlTimeline(claim.place(), List.of(claim));
        timelines.add(timeline);
        return timeline;
    }

    public List<ControlTimeline> timelines() {
        return List.copyOf(timelines);
    }

    private static String nameKey(Place place) {
        return place.name().toLowerCase(Locale.ROOT).strip();
    }

    /** Every place's control at the end of {@code date}; places with no claim yet are left out. */
    public List<Control> at(LocalDate date) {
        List<Control> controls = new ArrayList<>();
        for (ControlTimeline timeline : timelines) {
            if (!timeline.claims().get(0).date().isAfter(date)) {
                controls.add(timeline.at(date));
            }
        }
        return controls;
    }

    /** The place as its most precise claim locates it: exact points beat approximate ones. */
    private static Place exactest(List<ControlClaim> group) {
        return group.stream().map(ControlClaim::place).filter(p -> !p.approximate()).findFirst()
                .orElse(group.get(0).place());
    }
}
