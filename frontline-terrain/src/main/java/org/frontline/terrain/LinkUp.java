package org.frontline.terrain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frontline.model.Place;

/**
 * Whether a coalition's territory connects two places or two actors on a {@link Territory}: a breadth-first
 * search over the coalition's cells (and those of passable actors), the shortest corridor it finds, and the
 * corridor's chokepoints, the cells every connection must cross (articulation points separating the two ends,
 * found with one depth-first search and Tarjan's low links), and the places along the corridor whose loss (all the
 * cells they hold) would cut every connection.
 */
public final class LinkUp {
    private LinkUp() {
    }

    /** One end of a link-up: a place (its cell) or an actor (all its cells). */
    public record End(String label, Place place, String actor) {
        public static End place(Place place) {
            if (!place.resolved()) {
                throw new IllegalArgumentException("place '" + place.name() + "' has no coordinates");
            }
            return new End(place.name(), place, null);
        }

        public static End actor(String actor) {
            return new End(actor, null, actor);
        }
    }

    /**
     * The shortest corridor.
     *
     * @param lengthKm  along the cell centres
     * @param cells     how many cells it crosses
     * @param places    the places whose control gives the corridor's cells, in order from start to end
     * @param kmByActor whose territory it crosses, and for how long
     * @param path      the cell centres as [lon, lat]
     */
    public record Corridor(double lengthKm, int cells, List<String> places, Map<String, Double> kmByActor, List<double[]> path) {
    }

    /** A cell whose loss cuts every connection, with the holder and the place that holds it. */
    public record Chokepoint(String cell, double lat, double lon, String holder, String place) {
    }

    /**
     * The answer.
     *
     * @param connected       whether the ends connect
     * @param corridor        the shortest corridor, null when not connected
     * @param chokepoints     the corridor's cells whose loss disconnects the ends, from start to end
     * @param chokepointPlaces places along the corridor whose loss, with all the cells they hold, disconnects the
     *                        ends (places holding an end's cells are left out: losing an end is another question)
     * @param withoutPassable the answer with the coalition's own cells only; null when no actor was passable
     */
    public record Result(boolean connected, String from, String to, List<String> coalition, List<String> passable,
                         Corridor corridor, List<Chokepoint> chokepoints, List<String> chokepointPlaces,
                         Result withoutPassable) {
    }

    public static Result query(Territory territory, Collection<String> coalition, Collection<String> passable, End from, End to) {
        Result own = search(territory, coalition, List.of(), from, to, null);
        if (passable.isEmpty()) {
            return own;
        }
        return search(territory, coalition, passable, from, to, own);
    }

    private static Result search(Territory t, Collection<String> coalition, Collection<String> passable, End from, End to, Result own) {
        Grid grid = t.grid();
        int n = grid.size();
        Set<String> open = new LinkedHashSet<>(coalition);
        open.addAll(passable);
        boolean[] allowed = new boolean[n];
        boolean[] isSource = new boolean[n];
        boolean[] isTarget = new boolean[n];
        // by holder id: a name looked up per cell cost tens of ms over a million cells
        List<String> actors = t.actorList();
        boolean[] openActor = new boolean[actors.size()];
        for (int a = 0; a < openActor.length; a++) {
            openActor[a] = open.contains(actors.get(a));
        }
        for (int i = 0; i < n; i++) {
            int owner = t.owner(i);
            allowed[i] = owner >= 0 && openActor[owner];
        }
        int[] sources = ends(t, from, allowed, isSource);
        int[] targets = ends(t, to, allowed, isTarget);
        for (int s : sources) {
            allowed[s] = true;
        }
        for (int s : targets) {
            allowed[s] = true;
        }
        List<String> coalitionList = List.copyOf(coalition);
        List<String> passableList = List.copyOf(passable);
        int[] path = shortestPath(grid, allowed, sources, isTarget);
        if (path == null) {
            return new Result(false, from.label(), to.label(), coalitionList, passableList, null, List.of(), List.of(), own);
        }
        List<Chokepoint> chokepoints = new ArrayList<>();
        for (int cell : separators(grid, allowed, sources, targets, isSource, isTarget)) {
            Control place = t.sourcePlace(cell);
            chokepoints.add(new Chokepoint(Long.toHexString(grid.cell(cell)), grid.lat(cell), grid.lon(cell), t.holder(cell),
                    place == null ? null : place.place().name()));
        }
        return new Result(true, from.label(), to.label(), coalitionList, passableList, corridor(t, path), chokepoints,
                placeCuts(t, allowed, path, sources, isSource, isTarget), own);
    }

    /**
     * The places holding corridor cells whose cells, all closed at once, leave no connection. The cells of every
     * candidate are gathered in one pass over the grid, and each search reuses one set of buffers: a pass and two
     * fresh grid-sized arrays per candidate took most of a link-up on the real maps.
     */
    private static List<String> placeCuts(Territory t, boolean[] allowed, int[] path, int[] sources, boolean[] isSource, boolean[] isTarget) {
        Grid grid = t.grid();
        int n = grid.size();
        Set<Integer> atEnds = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if ((isSource[i] || isTarget[i]) && t.sourceIndex(i) >= 0) {
                atEnds.add(t.sourceIndex(i));
            }
        }
        Map<Integer, List<Integer>> cellsOf = new LinkedHashMap<>();
        for (int cell : path) {
            int place = t.sourceIndex(cell);
            if (place >= 0 && !atEnds.contains(place)) {
                cellsOf.putIfAbsent(place, new ArrayList<>());
            }
        }
        for (int i = 0; i < n; i++) {
            List<Integer> cells = allowed[i] ? cellsOf.get(t.sourceIndex(i)) : null;
            if (cells != null) {
                cells.add(i);
            }
        }
        List<String> cuts = new ArrayList<>();
        boolean[] open = allowed.clone();
        int[] parent = new int[n];
        int[] queue = new int[n];
        for (Map.Entry<Integer, List<Integer>> candidate : cellsOf.entrySet()) {
            candidate.getValue().forEach(c -> open[c] = false);
            if (shortestPath(grid, open, sources, isTarget, parent, queue) == null) {
                cuts.add(t.sourcePlace(candidate.getValue().get(0)).place().name());
            }
            candidate.getValue().forEach(c -> open[c] = true);
        }
        return cuts;
    }

    /** Grid cells of an end: an actor's cells, or the cell of a place (or, if that is not open, its open neighbours). */
    private static int[] ends(Territory t, End end, boolean[] allowed, boolean[] mark) {
        Grid grid = t.grid();
        int[] cells;
        if (end.actor() != null) {
            cells = t.cellsOf(end.actor());
        } else {
            int cell = grid.indexAt(end.place().lat(), end.place().lon());
            if (cell < 0) {
                throw new IllegalArgumentException("place '" + end.label() + "' lies outside the grid's countries");
            }
            int[] near = grid.neighbours();
            cells = allowed[cell] ? new int[] {cell}
                    : Arrays.stream(near, 6 * cell, 6 * cell + 6).filter(j -> j >= 0 && allowed[j]).toArray();
            if (cells.length == 0) {
                cells = new int[] {cell};
            }
        }
        for (int c : cells) {
            mark[c] = true;
        }
        return cells;
    }

    private static int[] shortestPath(Grid grid, boolean[] allowed, int[] sources, boolean[] isTarget) {
        return shortestPath(grid, allowed, sources, isTarget, new int[grid.size()], new int[grid.size()]);
    }

    /** Breadth-first from the sources to the first target; {@code parent} and {@code queue} are scratch space of the grid's size. */
    private static int[] shortestPath(Grid grid, boolean[] allowed, int[] sources, boolean[] isTarget, int[] parent, int[] queue) {
        int[] near = grid.neighbours();
        Arrays.fill(parent, -2);
        int head = 0;
        int tail = 0;
        for (int s : sources) {
            if (parent[s] == -2) {
                parent[s] = -1;
                queue[tail++] = s;
            }
        }
        while (head < tail) {
            int v = queue[head++];
            if (isTarget[v]) {
                int length = 0;
                for (int u = v; u >= 0; u = parent[u]) {
                    length++;
                }
                int[] path = new int[length];
                for (int u = v, k = length - 1; u >= 0; u = parent[u], k--) {
                    path[k] = u;
                }
                return path;
            }
            for (int k = 6 * v; k < 6 * v + 6; k++) {
                int w = near[k];
                if (w >= 0 && allowed[w] && parent[w] == -2) {
                    parent[w] = v;
                    queue[tail++] = w;
                }
            }
        }
        return null;
    }

    /**
     * The cells separating the ends: a virtual root S joined to every source and a virtual sink T joined to every
     * target; a cell v on the depth-first tree path from S to T separates them iff its child c towards T has
     * low[c] >= disc[v]. Iterative, because corridors can be thousands of cells long.
     */
    private static List<Integer> separators(Grid grid, boolean[] allowed, int[] sources, int[] targets,
                                            boolean[] isSource, boolean[] isTarget) {
        int n = grid.size();
        int root = n;
        int sink = n + 1;
        int[] near = grid.neighbours();
        int[] disc = new int[n + 2];
        int[] low = new int[n + 2];
        int[] parent = new int[n + 2];
        int[] next = new int[n + 2];
        int[] stack = new int[n + 2];
        int top = 0;
        int time = 0;
        stack[top++] = root;
        disc[root] = low[root] = ++time;
        parent[root] = -1;
        while (top > 0) {
            int v = stack[top - 1];
            int w = neighbour(v, next[v]++, n, near, sources, targets, isSource, isTarget);
            if (w == Integer.MIN_VALUE) {
                top--;
                if (parent[v] >= 0) {
                    low[parent[v]] = Math.min(low[parent[v]], low[v]);
                }
                continue;
            }
            if (w < 0 || w < n && !allowed[w]) {
                continue;
            }
            if (disc[w] == 0) {
                parent[w] = v;
                disc[w] = low[w] = ++time;
                stack[top++] = w;
            } else if (w != parent[v]) {
                low[v] = Math.min(low[v], disc[w]);
            }
        }
        List<Integer> cuts = new ArrayList<>();
        if (disc[sink] == 0) {
            return cuts;
        }
        for (int c = sink, v = parent[sink]; v != root; c = v, v = parent[v]) {
            if (!isSource[v] && !isTarget[v] && low[c] >= disc[v]) {
                cuts.add(0, v);
            }
        }
        return cuts;
    }

    /**
     * The k-th neighbour of node v in the graph with the virtual root and sink; -1 for a missing neighbour,
     * {@link Integer#MIN_VALUE} when there are no more.
     */
    private static int neighbour(int v, int k, int n, int[] near, int[] sources, int[] targets, boolean[] isSource, boolean[] isTarget) {
        if (v == n) {
            return k < sources.length ? sources[k] : Integer.MIN_VALUE;
        }
        if (v == n + 1) {
            return k < targets.length ? targets[k] : Integer.MIN_VALUE;
        }
        if (k < 6) {
            return near[6 * v + k];
        }
        if (k == 6) {
            return isSource[v] ? n : -1;
        }
        if (k == 7) {
            return isTarget[v] ? n + 1 : -1;
        }
        return Integer.MIN_VALUE;
    }

    private static Corridor corridor(Territory t, int[] path) {
        Grid grid = t.grid();
        double km = 0;
        Map<String, Double> byActor = new LinkedHashMap<>();
        Set<String> places = new LinkedHashSet<>();
        List<double[]> points = new ArrayList<>();
        for (int k = 0; k < path.length; k++) {
            int cell = path[k];
            points.add(new double[] {grid.lon(cell), grid.lat(cell)});
            Control place = t.sourcePlace(cell);
            if (place != null) {
                places.add(place.place().name());
            }
            if (k > 0) {
                int prev = path[k - 1];
                double step = Geo.km(grid.lat(prev), grid.lon(prev), grid.lat(cell), grid.lon(cell));
                km += step;
                // half a step in each cell's territory
                byActor.merge(String.valueOf(t.holder(prev)), step / 2, Double::sum);
                byActor.merge(String.valueOf(t.holder(cell)), step / 2, Double::sum);
            }
        }
        return new Corridor(km, path.length, List.copyOf(places), byActor, points);
    }
}
