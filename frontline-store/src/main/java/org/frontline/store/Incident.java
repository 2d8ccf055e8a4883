package org.frontline.store;

import org.frontline.model.Place;

import java.util.List;
import java.util.Map;

/**
 * One happening, as reported by one or more articles.
 *
 * @param reports    the events that report it, earliest date first
 * @param copyGroups for each article, the group of wire copies it belongs to (0, 1, ...): one group, one source
 * @param confidence grows with the number of independent sources
 */
public record Incident(List<Report> reports, Map<String, Integer> copyGroups, double confidence) {
    public Incident {
        reports = List.copyOf(reports);
        copyGroups = Map.copyOf(copyGroups);
    }

    /** Independent sources: wire copies of one story count once. */
    public int sources() {
        return (int) copyGroups.values().stream().distinct().count();
    }

    /** The report that stands for the incident: the first with a resolved place, else the first. */
    public Report representative() {
        return reports.stream().filter(r -> r.places().stream().anyMatch(Place::resolved)).findFirst().orElse(reports.get(0));
    }
}
