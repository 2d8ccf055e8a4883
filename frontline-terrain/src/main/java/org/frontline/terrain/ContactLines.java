package org.frontline.terrain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.ItemBoundable;
import org.locationtech.jts.index.strtree.ItemDistance;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.linemerge.LineMerger;

/**
 * Where the territories of two actors touch: the sides between cells of different holders ({@link CellSides}), merged into lines
 * per pair of actors (JTS LineMerger), measured in km along the edges.
 */
public final class ContactLines {
    /** Named places reported along a line: the closest few of either side. */
    public static final int NEAREST_PLACES = 3;

    private ContactLines() {
    }

    /** One continuous contact line between two actors (in alphabetical order). */
    public record Line(String actorA, String actorB, LineString geometry, double lengthKm, List<String> nearestPlaces) {
        public Line {
            nearestPlaces = List.copyOf(nearestPlaces);
        }
    }

    /** Every contact line of a territory, longest first. */
    public static List<Line> of(Territory territory) {
        return lines(territory, edges(territory));
    }

    /** The contact lines of {@code later} that {@code earlier} did not have between the same two actors. */
    public static List<Line> newSince(Territory earlier, Territory later) {
        if (earlier.grid() != later.grid()) {
            throw new IllegalArgumentException("territories to compare must share one grid");
        }
        Set<String> before = new HashSet<>();
        for (Edge edge : edges(earlier)) {
            before.add(edge.key(earlier));
        }
        List<Edge> fresh = edges(later).stream().filter(edge -> !before.contains(edge.key(later))).toList();
        return lines(later, fresh);
    }

    /** Total contact length per actor pair ("A|B", alphabetical), in km. */
    public static Map<String, Double> lengthByPair(Collection<Line> lines) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Line line : lines) {
            out.merge(line.actorA() + "|" + line.actorB(), line.lengthKm(), Double::sum);
        }
        return out;
    }

    /** One actor pair's contact: its length, the part new since an earlier date (null without one), and the nearest named places. */
    public record Contact(String actorA, String actorB, double km, Double newKm, List<String> near) {
        public Contact {
            near = List.copyOf(near);
        }
    }

    /**
     * One contact per actor pair, longest first.
     *
     * @param fresh    km new since the earlier date per pair, as {@link #lengthByPair} gives it
     * @param compared whether there is an earlier date (then a pair missing from {@code fresh} has 0 km new)
     */
    public static List<Contact> byPair(List<Line> lines, Map<String, Double> fresh, boolean compared) {
        Map<String, Set<String>> near = new java.util.TreeMap<>();
        for (Line l : lines) {
            near.computeIfAbsent(l.actorA() + "|" + l.actorB(), k -> new java.util.LinkedHashSet<>()).addAll(l.nearestPlaces());
        }
        return lengthByPair(lines).entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(e -> {
                    String[] actors = e.getKey().split("\\|");
                    return new Contact(actors[0], actors[1], e.getValue(), compared ? fresh.getOrDefault(e.getKey(), 0.0) : null,
                            List.copyOf(near.get(e.getKey())));
                }).toList();
    }

    /** A shared edge between grid cells a < b held by different actors. */
    private record Edge(int a, int b) {
        String key(Territory t) {
            return a + ":" + b + ":" + pair(t);
        }

        String pair(Territory t) {
            String x = t.holder(a);
            String y = t.holder(b);
            return x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x;
        }
    }

    private static List<Edge> edges(Territory t) {
        Grid grid = t.grid();
        int[] near = grid.neighbours();
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            int own = t.owner(i);
            if (own < 0) {
                continue;
            }
            for (int k = 0; k < 6; k++) {
                int j = near[6 * i + k];
                if (j > i && t.owner(j) >= 0 && t.owner(j) != own) {
                    edges.add(new Edge(i, j));
                }
            }
        }
        return edges;
    }

    private static List<Line> lines(Territory t, List<Edge> edges) {
        Map<String, LineMerger> mergers = new LinkedHashMap<>();
        t.grid().sides().read(sides -> {
            for (Edge edge : edges) {
                mergers.computeIfAbsent(edge.pair(t), p -> new LineMerger()).add(Grid.GEOMETRY.createLineString(side(sides, edge)));
            }
            return null;
        });
        List<Line> out = new ArrayList<>();
        Map<String, STRtree> placesOf = placesByHolder(t);
        mergers.forEach((pair, merger) -> {
            String[] actors = pair.split("\\|");
            @SuppressWarnings("unchecked")
            Collection<LineString> merged = merger.getMergedLineStrings();
            List<STRtree> places = List.of(placesOf.get(actors[0]), placesOf.get(actors[1]));
            for (LineString line : merged) {
                out.add(new Line(actors[0], actors[1], line, lengthKm(line), nearestPlaces(places, line)));
            }
        });
        out.sort(Comparator.comparingDouble(Line::lengthKm).reversed());
        return out;
    }

    /** The side cell a shares with cell b, in a's direction (as H3's directed edge from a to b runs). */
    private static Coordinate[] side(CellSides sides, Edge edge) {
        int s = sides.sideFacing(edge.a(), edge.b());
        double[] between = sides.inside(edge.a(), s);
        int inner = between == null ? 0 : between.length / 2;
        Coordinate[] coords = new Coordinate[inner + 2];
        coords[0] = new Coordinate(sides.lon(edge.a(), s), sides.lat(edge.a(), s));
        for (int k = 0; k < inner; k++) {
            coords[k + 1] = new Coordinate(between[2 * k], between[2 * k + 1]);
        }
        int next = (s + 1) % sides.sides(edge.a());
        coords[inner + 1] = new Coordinate(sides.lon(edge.a(), next), sides.lat(edge.a(), next));
        return coords;
    }

    /** Length along the line on the sphere; the edges are short enough for segment-wise great circles. */
    static double lengthKm(LineString line) {
        double km = 0;
        for (int i = 1; i < line.getNumPoints(); i++) {
            Coordinate a = line.getCoordinateN(i - 1);
            Coordinate b = line.getCoordinateN(i);
            km += Geo.km(a.y, a.x, b.y, b.x);
        }
        return km;
    }

    /**
     * The places of either actor nearest the line, found in an R-tree of each actor's points (JTS's k-nearest search
     * with exact line-to-point distances): the real maps have thousands of places and hundreds of lines per pair.
     * The k nearest of the two actors together are among the k nearest of each.
     */
    private static List<String> nearestPlaces(List<STRtree> trees, LineString line) {
        record Near(int order, String name, double distance) {
        }
        int size = trees.stream().mapToInt(STRtree::size).sum();
        for (int k = NEAREST_PLACES; ; k = Math.min(2 * k, size)) {
            List<Near> near = new ArrayList<>();
            for (STRtree places : trees) {
                if (places.isEmpty()) {
                    continue;
                }
                for (Object found : places.nearestNeighbour(line.getEnvelopeInternal(), line, LINE_TO_PLACE, Math.min(k, places.size()))) {
                    Point point = (Point) found;
                    Object[] place = (Object[]) point.getUserData();
                    near.add(new Near((Integer) place[0], (String) place[1], distance(line, point)));
                }
            }
            List<String> names = near.stream().sorted(Comparator.comparingDouble(Near::distance).thenComparingInt(Near::order))
                    .map(Near::name).distinct().limit(NEAREST_PLACES).toList();
            if (names.size() == NEAREST_PLACES || k >= size) {
                return names;
            }
        }
    }

    /** The distance between the query line and a place's point, in whichever order the R-tree's search pairs them. */
    private static final ItemDistance LINE_TO_PLACE = (ItemBoundable a, ItemBoundable b) -> a.getItem() instanceof LineString line
            ? distance(line, (Point) b.getItem()) : distance((LineString) b.getItem(), (Point) a.getItem());

    /**
     * The distance from a point to a line, as JTS's {@code Geometry.distance} computes it (DistanceOp: the least
     * point-to-segment distance, in segment order, ending at 0), to the same last bit. Written out because DistanceOp,
     * built once per pair the k-nearest search measures, allocated a sixth of the bytes of a day's map (its component
     * lists and locations) and its calls took half of the nearest places' time (JFR, default grid).
     */
    static double distance(LineString line, Point point) {
        Coordinate p = point.getCoordinate();
        Coordinate[] segments = line.getCoordinates();
        double least = Double.MAX_VALUE;
        for (int i = 0; i < segments.length - 1 && least > 0; i++) {
            double d = Distance.pointToSegment(p, segments[i], segments[i + 1]);
            if (d < least) {
                least = d;
            }
        }
        return least;
    }

    /**
     * The points of the places each holder holds, each with its position in the territory's places and its name: one
     * tree per holder, built once for all its pairs.
     */
    private static Map<String, STRtree> placesByHolder(Territory t) {
        Map<String, STRtree> trees = new java.util.HashMap<>();
        for (String actor : t.actorList()) {
            trees.put(actor, new STRtree());
        }
        List<Control> places = t.places();
        for (int i = 0; i < places.size(); i++) {
            Control control = places.get(i);
            if (control.holder() != null) {
                Point point = Grid.GEOMETRY.createPoint(new Coordinate(control.place().lon(), control.place().lat()));
                point.setUserData(new Object[] {i, control.place().name()});
                trees.get(control.holder()).insert(point.getEnvelopeInternal(), point);
            }
        }
        return trees;
    }
}
