package org.frontline.store;

import java.util.ArrayList;
import java.util.Collection;
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
        // per block, one report for each distinct Whereabouts: reports with the same target and places link with
        // exactly the same reports, and with each other, so only the first of them is compared with the rest. Wire
        // copies and reprints fill a block with one Whereabouts (a thousand copies of a story were a million
        // comparisons a block); the incidents are those all pairs give
        Map<BlockKey, Map<Whereabouts, Integer>> blocks = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Report r = reports.get(i);
            // reports without a date, an actor or a place cannot be told to be the same happening: each stays alone
            if (r.date() != null && r.actor() != null && !r.places().isEmpty()) {
                Whereabouts where = Whereabouts.of(r);
                Integer first = blocks.computeIfAbsent(new BlockKey(r.type().name(), r.actor(), r.date().toEpochDay()),
                        k -> new LinkedHashMap<>()).putIfAbsent(where, i);
                if (first != null) {
                    union(parent, first, i);
                }
            }
        }
        for (Map.Entry<BlockKey, Map<Whereabouts, Integer>> block : blocks.entrySet()) {
            List<Map.Entry<Whereabouts, Integer>> same = List.copyOf(block.getValue().entrySet());
            Collection<Map.Entry<Whereabouts, Integer>> next = blocks.getOrDefault(block.getKey().nextDay(), Map.of()).entrySet();
            // pairs already in one incident are not compared: once a report has joined others, comparing further
            // pairs between them would change nothing
            for (int a = 0; a < same.size(); a++) {
                Map.Entry<Whereabouts, Integer> ra = same.get(a);
                for (int b = a + 1; b < same.size(); b++) {
                    link(parent, ra, same.get(b));
                }
                for (Map.Entry<Whereabouts, Integer> other : next) {
                    link(parent, ra, other);
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

    private static void link(int[] parent, Map.Entry<Whereabouts, Integer> a, Map.Entry<Whereabouts, Integer> b) {
        if (find(parent, a.getValue()) != find(parent, b.getValue()) && a.getKey().sameHappening(b.getKey())) {
            union(parent, a.getValue(), b.getValue());
        }
    }

    /** What decides whether two reports of one (type, actor) and near days are one happening: target and places. */
    private record Whereabouts(String target, List<Spot> places) {
        static Whereabouts of(Report r) {
            return new Whereabouts(r.target(), r.places().stream()
                    .map(p -> new Spot(p.name().toLowerCase(Locale.ROOT), p.lat(), p.lon())).toList());
        }

        /** Compatible targets (equal, or one unstated) and a place of the same name or within {@link #MAX_KM}. */
        boolean sameHappening(Whereabouts other) {
            if (target != null && other.target != null && !target.equals(other.target)) {
                return false;
            }
            for (Spot pa : places) {
                for (Spot pb : other.places) {
                    if (pa.name().equals(pb.name())) {
                        return true;
                    }
                    if (pa.resolved() && pb.resolved() && new LatLon(pa.lat(), pa.lon()).distanceKm(pb.lat(), pb.lon()) <= MAX_KM) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** A place by its name in lower case, with its coordinates if resolved. */
    private record Spot(String name, Double lat, Double lon) {
        boolean resolved() {
            return lat != null && lon != null;
        }
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
