package org.frontline.terrain.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.frontline.gazetteer.CountryBorders;
import org.frontline.model.ControlClaim;
import org.frontline.terrain.Control;
import org.frontline.terrain.Grid;
import org.frontline.terrain.LinkUp;
import org.frontline.terrain.ShippedBaseMap;
import org.frontline.terrain.TerrainCache;
import org.frontline.terrain.Territory;
import org.frontline.terrain.Theatre;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The terrain engine on the real maps of 25 July 2017: the shipped base maps {@code all-2017-07} (the three
 * Wikipedia detailed-map modules of Syria, Iraq and the border crossings, as {@code frontline basemap import
 * all-2017-07} reads them) over the default grid (the ten shipped countries at resolution 7, 964,660 cells).
 * Territory of the whole theatre, one link-up (IS from Mayadin down the Euphrates to Al-Qa'im), one new event applied
 * incrementally, and the territory and grid read back from a {@link TerrainCache} file.
 *
 * <p>{@code java -jar frontline-terrain-bench/target/benchmarks.jar RealTheatreBenchmark} (1 fork, 3×2 s warm-up,
 * 5×2 s measured: a few minutes, most of it laying the grid once in the set-up).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx3g")
public class RealTheatreBenchmark {
    static final LocalDate DATE = LocalDate.of(2017, 7, 25);
    static final List<String> COUNTRIES = List.of("IQ", "SY", "TR", "IR", "JO", "LB", "IL", "PS", "SA", "KW");

    private Path cacheDirectory;
    private List<ControlClaim> claims;
    private Theatre theatre;
    private List<Control> controls;
    private Territory territory;
    private LinkUp.End mayadin;
    private LinkUp.End alQaim;
    private Control[] flip;
    private int flips;

    @Setup
    public void setUp() throws IOException {
        claims = new ArrayList<>();
        for (ShippedBaseMap map : ShippedBaseMap.named(ShippedBaseMap.ALL).orElseThrow()) {
            claims.addAll(map.read().claims());
        }
        cacheDirectory = Files.createTempDirectory("frontline-bench-cache");
        TerrainCache cache = new TerrainCache(cacheDirectory, System.err::println);
        Grid grid = cache.grid(COUNTRIES, Grid.DEFAULT_RESOLUTION, CountryBorders.defaultVersion(), () -> CountryBorders.loadDefault().geometries());
        theatre = new Theatre(grid, claims);
        controls = theatre.controlsAt(DATE);
        territory = cache.territory(theatre, DATE);
        mayadin = LinkUp.End.place(nearest("IS", 35.016, 40.453).place());
        alQaim = LinkUp.End.place(nearest("IS", 34.372, 41.063).place());
        // an IS town of the Euphrates valley taken by the government, and given back
        Control some = nearest("IS", 34.746, 40.734);
        flip = new Control[] {Control.held(some.place(), "SYR_GOV"), some};
        linkUp();
        System.out.printf("%n%,d claims, %,d places, %,d cells; link-up %s → %s: %s%n", claims.size(), controls.size(),
                grid.size(), mayadin.label(), alQaim.label(), linkUp().connected() ? "connected" : "not connected");
    }

    private Control nearest(String holder, double lat, double lon) {
        return controls.stream().filter(c -> holder.equals(c.holder()))
                .min(Comparator.comparingDouble(c -> Math.hypot(c.place().lat() - lat, (c.place().lon() - lon) * Math.cos(Math.toRadians(lat)))))
                .orElseThrow();
    }

    @TearDown
    public void tearDown() throws IOException {
        try (var files = Files.walk(cacheDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Benchmark
    public Territory territoryOfTheWholeTheatre() {
        return Territory.of(theatre.grid(), controls, theatre.radiusKm());
    }

    @Benchmark
    public LinkUp.Result linkUp() {
        return LinkUp.query(territory, List.of("IS"), List.of(), mayadin, alQaim);
    }

    @Benchmark
    public int applyOneEvent() {
        return territory.apply(flip[flips++ & 1]);
    }

    /** What a command does on a warm cache: the grid and the territory read back from their files by a new process's cache. */
    @Benchmark
    public Territory gridAndTerritoryFromTheCache() {
        TerrainCache cache = new TerrainCache(cacheDirectory, System.err::println);
        Grid grid = cache.grid(COUNTRIES, Grid.DEFAULT_RESOLUTION, CountryBorders.defaultVersion(), () -> {
            throw new IllegalStateException("the grid should be read back, not laid");
        });
        return cache.territory(new Theatre(grid, claims), DATE);
    }
}
