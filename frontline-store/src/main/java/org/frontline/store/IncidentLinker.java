package org.frontline.store;

import org.frontline.model.Place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Links reports of one happening into incidents: same type and actor, compatible targets (equal, or one
 * unstated), a place within {@link #MAX_KM} or of the same name, dates at most a day apart. Reports are
 * blocked by (type, actor, day) and compared only with their own and the next day's block, so the work
 * grows with the number of reports times the block size, not with all pairs. Linking is transitive.
 */
public final class IncidentLinker {
    public static final double MAX_KM = 15;
    /**
     * How far one independent report alone is believed (times the extractor's confidence): a single outlet
     * often carries one side's claim; a second and third independent outlet make the happening likely.
     */
    static final double ONE_SOURCE_BELIEF = 0.6;

    private final Function<String, long[]> minhashOfArticle;

    /** @param minhashOfArticle an article's MinHash signature, to find wire copies; null if unknown */
    public IncidentLinker(Function<String, long[]> minhashOfArticle) {
        this.minhashOfArticle = minhashOfArticle;
    }

    public List<Incident> link(List<Report> reports) {
        int n = reports.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<BlockKey, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Report r = reports.get(i);
            // reports without a date or an actor cannot be told to be the same happening: each stays alone
            if (r.date() != null && r.actor() != null) {
                blocks.computeIfAbsent(new BlockKey(r.type().name(), r.actor(), r.date().toEpochDay()), k -> new ArrayList<>()).add(i);
            }
        }
        for (Map.Entry<BlockKey, List<Integer>> block : blocks.entrySet()) {
            List<Integer> same = block.getValue();
            List<Integer> next = blocks.getOrDefault(block.getKey().nextDay(), List.of());
            // pairs already in one incident are not compared: many reports of one happening (wire copies) fill a
            // block, and once the first has joined the others, comparing every further pair would change nothing
            for (int a = 0; a < same.size(); a++) {
                Report ra = reports.get(same.get(a));
                for (int b = a + 1; b < same.size(); b++) {
                    if (find(parent, same.get(a)) != find(parent, same.get(b)) && sameHappening(ra, reports.get(same.get(b)))) {
                        union(parent, same.get(a), same.get(b));
                    }
                }
                for (int other : next) {
                    if (find(parent, same.get(a)) != find(parent, other) && sameHappening(ra, reports.get(other))) {
                        union(parent, same.get(a), other);
                    }
                }
            }
        }
        Map<Integer, List<Report>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(reports.get(i));
        }
        List<Incident> incidents = new ArrayList<>(groups.size());
        for (List<Report> group : groups.values()) {
            group.sort(Comparator.comparing(Report::date, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Report::eventId));
            incidents.add(incident(group));
        }
        return incidents;
    }

    private Incident incident(List<Report> group) {
        List<String> articles = group.stream().map(Report::articleId).distinct().toList();
        Map<String, Integer> copyGroups = new LinkedHashMap<>();
        List<long[]> groupSignatures = new ArrayList<>();
        for (String article : articles) {
            long[] signature = minhashOfArticle == null ? null : minhashOfArticle.apply(article);
            int g = -1;
            for (int k = 0; k < groupSignatures.size() && signature != null; k++) {
                if (groupSignatures.get(k) != null && TextFingerprint.similarity(signature, groupSignatures.get(k)) >= TextFingerprint.COPY_SIMILARITY) {
                    g = k;
                    break;
                }
            }
            if (g < 0) {
                g = groupSignatures.size();
                groupSignatures.add(signature);
            }
            copyGroups.put(article, g);
        }
        double disbelief = 1;
        for (int g = 0; g < groupSignatures.size(); g++) {
            int copyGroup = g;
            double best = group.stream().filter(r -> copyGroups.get(r.articleId()) == copyGroup)
                    .mapToDouble(Report::confidence).max().orElse(0);
            disbelief *= 1 - ONE_SOURCE_BELIEF * best;
        }
        return new Incident(group, copyGroups, 1 - disbelief);
    }

    static boolean sameHappening(Report a, Report b) {
        if (a.target() != null && b.target() != null && !a.target().equals(b.target())) {
            return false;
        }
        for (Place pa : a.places()) {
            for (Place pb : b.places()) {
                if (pa.name().toLowerCase(Locale.ROOT).equals(pb.name().toLowerCase(Locale.ROOT))) {
                    return true;
                }
                if (pa.resolved() && pb.resolved() && new LatLon(pa.lat(), pa.lon()).distanceKm(pb.lat(), pb.lon()) <= MAX_KM) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    private record BlockKey(String type, String actor, long day) {
        BlockKey {
            Objects.requireNonNull(actor);
        }

        BlockKey nextDay() {
            return new BlockKey(type, actor, day + 1);
        }
    }
}
