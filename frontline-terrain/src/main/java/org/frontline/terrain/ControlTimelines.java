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
 */
public final class ControlTimelines {
    public static final double SAME_PLACE_KM = 5;

    private final List<ControlTimeline> timelines;

    private ControlTimelines(List<ControlTimeline> timelines) {
        this.timelines = List.copyOf(timelines);
    }

    public static ControlTimelines of(Collection<ControlClaim> claims) {
        Map<String, List<List<ControlClaim>>> byName = new LinkedHashMap<>();
        for (ControlClaim claim : claims) {
            if (!claim.place().resolved()) {
                continue;
            }
            List<List<ControlClaim>> namesakes =
                    byName.computeIfAbsent(claim.place().name().toLowerCase(Locale.ROOT).strip(), n -> new ArrayList<>());
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
        List<ControlTimeline> timelines = new ArrayList<>();
        byName.values().forEach(groups -> groups.forEach(group -> timelines.add(new ControlTimeline(exactest(group), group))));
        return new ControlTimelines(timelines);
    }

    public List<ControlTimeline> timelines() {
        return timelines;
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
