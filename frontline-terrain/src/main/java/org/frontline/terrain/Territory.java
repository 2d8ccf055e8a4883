package org.frontline.terrain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Geometry;

/**
 * Who holds each cell of a {@link Grid}: the holder of the nearest held place within a radius, preferring places
 * in the cell's own country (a town across the border does not rule the cells of this side while one of this
 * side's towns is in range); cells with no held place in range are unheld.
 *
 * <p>The computation spreads each place over the cells within the radius and keeps, per cell, the best score
 * (distance, plus a penalty for a foreign place). Places inside the grid spread by a breadth-first walk over the
 * grid's neighbour table (plain int arrays, no native calls or boxing in the hot loop; a place does not reach over
 * land outside the grid); places outside it (across a border not in the grid) spread over their H3 disk.
 * {@link #apply(Control)} changes one place and recomputes only the cells within the radius of it. Not
 * thread-safe.
 */
public final class Territory {
    public static final double DEFAULT_RADIUS_KM = 12;
    /** Added to the distance of a place in another country: more than any radius, so own-country places win. */
    private static final float FOREIGN = 1e6f;

    private final Grid grid;
    private final double radiusKm;
    private final int rings;
    private final List<String> actors = new ArrayList<>();
    private final Map<String, Integer> actorIds = new HashMap<>();
    private final List<Control> places = new ArrayList<>();
    private final Map<String, Integer> placeIds = new HashMap<>();
    private final List<Long> placeCell = new ArrayList<>();
    /** Grid position of each place's cell, -1 outside the grid. */
    private final List<Integer> placeIndex = new ArrayList<>();
    private final List<Integer> placeCountry = new ArrayList<>();
    /** Each place's latitude and longitude in radians and the cosine of its latitude, for the distance in the hot loop. */
    private double[] placeGeo = new double[3 * 64];
    /** Each place's holder id, -1 for none: the hot loops compare ints, not actor names through a hash map. */
    private int[] placeHolder = new int[64];
    private final Map<Integer, List<Integer>> placesAt = new HashMap<>();
    private final List<Integer> outsidePlaces = new ArrayList<>();
    private final int[] owner;
    private final int[] source;
    private final float[] score;
    private final int[] near;
    /** Scratch space of the breadth-first walk: visit marks by epoch, and the cells reached. */
    private final int[] stamp;
    private final int[] reached;
    private int epoch;
    /** Every holder's clipped polygons as a {@link TerrainCache} keeps them beside this territory; null when not kept or changed since. */
    private Supplier<Map<String, Geometry>> keptPolygons;

    private Territory(Grid grid, double radiusKm) {
        if (radiusKm <= 0) {
            throw new IllegalArgumentException("radius must be positive, got " + radiusKm);
        }
        this.grid = grid;
        this.radiusKm = radiusKm;
        this.rings = grid.ringsFor(radiusKm);
        this.owner = new int[grid.size()];
        this.source = new int[grid.size()];
        this.score = new float[grid.size()];
        this.near = grid.neighbours();
        this.stamp = new int[grid.size()];
        this.reached = new int[(int) Math.min(grid.size(), 3L * rings * (rings + 1) + 1)];
        Arrays.fill(owner, -1);
        Arrays.fill(source, -1);
        Arrays.fill(score, Float.POSITIVE_INFINITY);
    }

    private Territory(Territory other) {
        this.grid = other.grid;
        this.radiusKm = other.radiusKm;
        this.rings = other.rings;
        this.actors.addAll(other.actors);
        this.actorIds.putAll(other.actorIds);
        this.places.addAll(other.places);
        this.placeIds.putAll(other.placeIds);
        this.placeCell.addAll(other.placeCell);
        this.placeIndex.addAll(other.placeIndex);
        this.placeCountry.addAll(other.placeCountry);
        this.placeGeo = other.placeGeo.clone();
        this.placeHolder = other.placeHolder.clone();
        other.placesAt.forEach((cell, ids) -> placesAt.put(cell, new ArrayList<>(ids)));
        this.outsidePlaces.addAll(other.outsidePlaces);
        this.owner = other.owner.clone();
        this.source = other.source.clone();
        this.score = other.score.clone();
        this.near = other.near;
        this.stamp = new int[other.stamp.length];
        this.reached = new int[other.reached.length];
        this.keptPolygons = other.keptPolygons;
    }

    /**
     * The territory of the places' holders; unresolved places and places without a holder give no territory. Of two
     * controls of one place (same name and position), the later counts.
     */
    public static Territory of(Grid grid, Collection<Control> places, double radiusKm) {
        Territory territory = new Territory(grid, radiusKm);
        for (Control control : places) {
            if (control.place().resolved()) {
                Integer known = territory.placeIds.get(key(control));
                if (known == null) {
                    territory.add(control);
                } else {
                    territory.set(known, control);
                }
            }
        }
        for (int p = 0; p < territory.places.size(); p++) {
            territory.spread(p);
        }
        return territory;
    }

    public static Territory of(Grid grid, Collection<Control> places) {
        return of(grid, places, DEFAULT_RADIUS_KM);
    }

    /**
     * A territory read back ({@link TerrainCache}): the places as {@link #of} takes them, with the country of each
     * (so that places outside the cells need no borders) and the cells' holders, sources and scores as computed then.
     */
    static Territory restore(Grid grid, Collection<Control> places, double radiusKm, int[] placeCountries, List<String> actors,
                             int[] owner, int[] source, float[] score) {
        Territory territory = new Territory(grid, radiusKm);
        // the stored holder ids first: the places' holders take theirs
        actors.forEach(territory::actorId);
        for (Control control : places) {
            if (control.place().resolved()) {
                Integer known = territory.placeIds.get(key(control));
                if (known == null) {
                    if (territory.places.size() == placeCountries.length) {
                        throw new IllegalArgumentException("more places than the stored territory has");
                    }
                    territory.add(control, placeCountries[territory.places.size()]);
                } else {
                    territory.set(known, control);
                }
            }
        }
        if (territory.places.size() != placeCountries.length || owner.length != grid.size()
                || source.length != grid.size() || score.length != grid.size()) {
            throw new IllegalArgumentException("the stored territory does not fit these places and this grid");
        }
        System.arraycopy(owner, 0, territory.owner, 0, owner.length);
        System.arraycopy(source, 0, territory.source, 0, source.length);
        System.arraycopy(score, 0, territory.score, 0, score.length);
        return territory;
    }

    /** An independent copy, to update without touching this one. */
    public Territory copy() {
        return new Territory(this);
    }

    /**
     * Applies one place's new control (from a new event or claim) and recomputes the cells within the radius of the
     * place only.
     *
     * @return how many cells changed hands
     */
    public int apply(Control control) {
        if (!control.place().resolved()) {
            return 0;
        }
        keptPolygons = null;
        Integer known = placeIds.get(key(control));
        int p;
        if (known == null) {
            p = add(control);
        } else {
            p = known;
            set(p, control);
        }
        int changed = 0;
        for (int cell : cellsAround(p)) {
            if (reaches(p, cell)) {
                int before = owner[cell];
                recompute(cell);
                if (owner[cell] != before) {
                    changed++;
                }
            }
        }
        return changed;
    }

    private int add(Control control) {
        long cell = Grid.h3().latLngToCell(control.place().lat(), control.place().lon(), grid.resolution());
        int index = grid.indexOf(cell);
        return add(control, index >= 0 ? grid.countryIndex(index) : grid.countryIndexAt(control.place().lat(), control.place().lon()));
    }

    private int add(Control control, int country) {
        int p = places.size();
        places.add(control);
        placeIds.put(key(control), p);
        long cell = Grid.h3().latLngToCell(control.place().lat(), control.place().lon(), grid.resolution());
        int index = grid.indexOf(cell);
        if (3 * p + 3 > placeGeo.length) {
            placeGeo = Arrays.copyOf(placeGeo, 2 * placeGeo.length);
        }
        placeGeo[3 * p] = Math.toRadians(control.place().lat());
        placeGeo[3 * p + 1] = Math.toRadians(control.place().lon());
        placeGeo[3 * p + 2] = Math.cos(placeGeo[3 * p]);
        if (p >= placeHolder.length) {
            placeHolder = Arrays.copyOf(placeHolder, 2 * placeHolder.length);
        }
        placeHolder[p] = control.holder() == null ? -1 : actorId(control.holder());
        placeCell.add(cell);
        placeIndex.add(index);
        placeCountry.add(country);
        if (index >= 0) {
            placesAt.computeIfAbsent(index, c -> new ArrayList<>()).add(p);
        } else {
            outsidePlaces.add(p);
        }
        return p;
    }

    /** A known place's new control. */
    private void set(int p, Control control) {
        places.set(p, control);
        placeHolder[p] = control.holder() == null ? -1 : actorId(control.holder());
    }

    static String key(Control control) {
        return control.place().name().toLowerCase(Locale.ROOT) + "@" + control.place().lat() + "," + control.place().lon();
    }

    private void spread(int p) {
        int actor = placeHolder[p];
        if (actor < 0) {
            return;
        }
        int index = placeIndex.get(p);
        if (index >= 0) {
            int count = walk(index);
            for (int k = 0; k < count; k++) {
                offer(p, actor, reached[k]);
            }
        } else {
            for (int cell : cellsAround(p)) {
                offer(p, actor, cell);
            }
        }
    }

    private void offer(int p, int actor, int cell) {
        float s = scoreOf(p, cell);
        if (s < score[cell]) {
            score[cell] = s;
            owner[cell] = actor;
            source[cell] = p;
        }
    }

    /** Grid positions within the rings around place p (a copy: the walk's scratch space is reused). */
    private int[] cellsAround(int p) {
        int index = placeIndex.get(p);
        if (index >= 0) {
            return Arrays.copyOf(reached, walk(index));
        }
        return Grid.h3().gridDisk(placeCell.get(p), rings).stream().mapToInt(grid::indexOf).filter(i -> i >= 0).toArray();
    }

    /** Breadth-first walk of {@code rings} steps from a cell over the grid; the cells reached are in {@link #reached}. */
    private int walk(int start) {
        if (++epoch == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            epoch = 1;
        }
        reached[0] = start;
        stamp[start] = epoch;
        int head = 0;
        int tail = 1;
        for (int ring = 0; ring < rings; ring++) {
            int end = tail;
            while (head < end) {
                int v = reached[head++];
                for (int k = 6 * v; k < 6 * v + 6; k++) {
                    int w = near[k];
                    if (w >= 0 && stamp[w] != epoch) {
                        stamp[w] = epoch;
                        reached[tail++] = w;
                    }
                }
            }
        }
        return tail;
    }

    private boolean reaches(int p, int cell) {
        return km(p, cell) <= radiusKm;
    }

    /**
     * Distance from place p to a cell's centre, equirectangular: within 0.1% of the great circle at the radius's
     * scale, and without the four trigonometric calls per cell of the haversine.
     */
    private double km(int p, int cell) {
        double dLat = Math.toRadians(grid.lat(cell)) - placeGeo[3 * p];
        double dLon = (Math.toRadians(grid.lon(cell)) - placeGeo[3 * p + 1]) * placeGeo[3 * p + 2];
        return Geo.EARTH_RADIUS_KM * Math.sqrt(dLat * dLat + dLon * dLon);
    }

    /** Score of place p for a cell: its distance, plus {@link #FOREIGN} for another country; infinite out of range. */
    private float scoreOf(int p, int cell) {
        double km = km(p, cell);
        if (km > radiusKm) {
            return Float.POSITIVE_INFINITY;
        }
        return (float) km + (placeCountry.get(p) == grid.countryIndex(cell) ? 0 : FOREIGN);
    }

    /** Finds a cell's best place again among the held places the walk from it reaches, and those outside the grid. */
    private void recompute(int cell) {
        score[cell] = Float.POSITIVE_INFINITY;
        owner[cell] = -1;
        source[cell] = -1;
        int count = walk(cell);
        for (int k = 0; k < count; k++) {
            List<Integer> here = placesAt.get(reached[k]);
            if (here != null) {
                here.forEach(p -> reconsider(p, cell));
            }
        }
        outsidePlaces.forEach(p -> reconsider(p, cell));
    }

    private void reconsider(int p, int cell) {
        if (placeHolder[p] >= 0) {
            offer(p, placeHolder[p], cell);
        }
    }

    private int actorId(String actor) {
        return actorIds.computeIfAbsent(actor, a -> {
            actors.add(a);
            return actors.size() - 1;
        });
    }

    public Grid grid() {
        return grid;
    }

    public double radiusKm() {
        return radiusKm;
    }

    /** The places the territory was computed from, with their control. */
    public List<Control> places() {
        return List.copyOf(places);
    }

    // the state as it is, for TerrainCache to write: not copies, never to be changed

    List<String> actorList() {
        return actors;
    }

    int[] placeCountries() {
        return placeCountry.stream().mapToInt(Integer::intValue).toArray();
    }

    int[] ownerArray() {
        return owner;
    }

    int[] sourceArray() {
        return source;
    }

    float[] scoreArray() {
        return score;
    }

    /** Holder of the cell at grid position i, null when unheld. */
    public String holder(int i) {
        return owner[i] < 0 ? null : actors.get(owner[i]);
    }

    /** Holder id of a cell (equal ids, equal holders), -1 when unheld: lets loops over cells compare ints. */
    int owner(int i) {
        return owner[i];
    }

    /** The place whose holder holds cell i, null when unheld. */
    public Control sourcePlace(int i) {
        return source[i] < 0 ? null : places.get(source[i]);
    }

    /** Position among {@link #places()} of the place whose holder holds cell i, -1 when unheld. */
    int sourceIndex(int i) {
        return source[i];
    }

    /** Holder of the cell containing a point, null when unheld or outside the grid. */
    public String holderAt(double lat, double lon) {
        int i = grid.indexAt(lat, lon);
        return i < 0 ? null : holder(i);
    }

    /** Grid positions of an actor's cells. */
    public int[] cellsOf(String actor) {
        Integer id = actorIds.get(actor);
        if (id == null) {
            return new int[0];
        }
        int a = id;
        int count = 0;
        for (int o : owner) {
            if (o == a) {
                count++;
            }
        }
        // a plain loop: a map draws each actor's cells, and the grid has a million of them
        int[] cells = new int[count];
        for (int i = 0, k = 0; k < count; i++) {
            if (owner[i] == a) {
                cells[k++] = i;
            }
        }
        return cells;
    }

    /** Cells and km² per holder, largest first. */
    public Map<String, Holding> holdings() {
        int[] counts = new int[actors.size()];
        double[] km2 = new double[actors.size()];
        for (int i = 0; i < owner.length; i++) {
            if (owner[i] >= 0) {
                counts[owner[i]]++;
                km2[owner[i]] += grid.areaKm2(i);
            }
        }
        Map<String, Holding> out = new LinkedHashMap<>();
        java.util.stream.IntStream.range(0, actors.size()).boxed()
                .filter(a -> counts[a] > 0)
                .sorted((a, b) -> Double.compare(km2[b], km2[a]))
                .forEach(a -> out.put(actors.get(a), new Holding(actors.get(a), counts[a], km2[a])));
        return out;
    }

    /** One actor's share of the grid. */
    public record Holding(String actor, int cells, double km2) {
    }

    /** An actor's territory: the union of its cells, clipped to the borders. Empty when it holds nothing. */
    public Geometry polygons(String actor) {
        if (keptPolygons != null) {
            Geometry kept = keptPolygons.get().get(actor);
            return kept != null ? kept : Grid.GEOMETRY.createMultiPolygon();
        }
        return polygons(cellsOf(actor));
    }

    /** Every holder's territory, computed (not read back), in the order of {@link #holdings()}: all traced in one walk. */
    Map<String, Geometry> computePolygons() {
        List<Geometry> byId = grid.outlines(owner, actors.size());
        Map<String, Geometry> out = new LinkedHashMap<>();
        for (String actor : holdings().keySet()) {
            out.put(actor, byId.get(actorIds.get(actor)));
        }
        return out;
    }

    /** The polygons {@link #polygons(String)} gives until the territory changes: those a terrain cache keeps for it. */
    void keptPolygons(Supplier<Map<String, Geometry>> polygons) {
        keptPolygons = polygons;
    }

    /** The union of some cells (grid positions), clipped to the borders. Empty for none. */
    public Geometry polygons(int[] cells) {
        int[] label = new int[grid.size()];
        Arrays.fill(label, -1);
        for (int i : cells) {
            label[i] = 0;
        }
        return grid.outlines(label, 1).get(0);
    }
}
