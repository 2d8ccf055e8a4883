package org.frontline.terrain.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.frontline.terrain.ContactLines;
import org.frontline.terrain.Control;
import org.frontline.terrain.Grid;
import org.frontline.terrain.LinkUp;
import org.frontline.terrain.Territory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Territory over Iraq and Syria: control of every cell at a date, one event applied incrementally, a link-up
 * query and the contact lines, at resolutions 6, 7 and 8 with 3,000 synthetic held places.
 *
 * <p>Run: {@code java -jar frontline-terrain-bench/target/benchmarks.jar TerritoryBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TerritoryBenchmark {
    @Param({"6", "7", "8"})
    public int resolution;

    @Param({"3000"})
    public int places;

    private List<Control> controls;
    private Territory territory;
    private Control[] flip;
    private int flips;

    @Setup
    public void setUp() {
        Grid grid = Grid.over(SyntheticTheatre.borders(), resolution);
        controls = SyntheticTheatre.places(places, 42);
        territory = Territory.of(grid, controls);
        // warm the grid's lazily built neighbours and cell areas
        linkUp();
        territory.holdings();
        Control some = controls.get(places / 2);
        flip = new Control[] {Control.held(some.place(), "IS"), some};
        System.out.printf("%nresolution %d: %,d cells, %d held places%n", resolution, grid.size(), places);
    }

    @Benchmark
    public Territory controlOfEveryCell() {
        return Territory.of(territory.grid(), controls);
    }

    @Benchmark
    public int applyOneEvent() {
        return territory.apply(flip[flips++ & 1]);
    }

    @Benchmark
    public LinkUp.Result linkUp() {
        return LinkUp.query(territory, List.of("PMF", "SYR_GOV"), List.of("SDF"), LinkUp.End.actor("PMF"), LinkUp.End.actor("SYR_GOV"));
    }

    @Benchmark
    public List<ContactLines.Line> contactLines() {
        return ContactLines.of(territory);
    }
}
