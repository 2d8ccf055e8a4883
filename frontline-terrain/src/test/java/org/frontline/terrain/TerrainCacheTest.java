package org.frontline.terrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.frontline.terrain.TestMaps.place;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.frontline.model.ControlClaim;
import org.frontline.model.ControlClaim.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;

class TerrainCacheTest {
    static final LocalDate MAY_27 = LocalDate.of(2017, 5, 27);
    static final List<String> COUNTRIES = List.of("AAA", "BBB");

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();
    private final AtomicInteger bordersRead = new AtomicInteger();

    private TerrainCache cache() {
        return new TerrainCache(dir, warnings::add);
    }

    private Grid grid(TerrainCache cache) {
        return cache.grid(COUNTRIES, 7, "v1", () -> {
            bordersRead.incrementAndGet();
            return TestMaps.twoCountries();
        });
    }

    private static List<ControlClaim> baseMap() {
        return List.of(
                new ControlClaim(place("West", 36.25, 40.78), "SYR_GOV", MAY_27, Kind.HOLDS, "map", 0.7),
                new ControlClaim(place("Middle", 36.25, 41.0), "IS", MAY_27, Kind.HOLDS, "map", 0.7),
                new ControlClaim(place("East", 36.25, 41.22), "SDF", MAY_27, Kind.HOLDS, "map", 0.7));
    }

    private static void assertSameHolders(Territory a, Territory b) {
        assertThat(a.grid().size()).isEqualTo(b.grid().size());
        for (int i = 0; i < a.grid().size(); i++) {
            assertThat(a.holder(i)).as("cell %d", i).isEqualTo(b.holder(i));
            assertThat(a.sourcePlace(i)).as("cell %d", i).isEqualTo(b.sourcePlace(i));
        }
    }

    @Test
    void aGridReadBackIsTheGridLaidAndReadsItsBordersOnlyWhenAsked() {
        Grid laid = grid(cache());
        Grid read = grid(cache());

        assertThat(bordersRead).hasValue(1);
        assertThat(read).isNotSameAs(laid);
        assertThat(read.size()).isEqualTo(laid.size()).isPositive();
        assertThat(read.countries()).isEqualTo(COUNTRIES);
        for (int i = 0; i < laid.size(); i++) {
            assertThat(read.cell(i)).isEqualTo(laid.cell(i));
            assertThat(read.country(i)).isEqualTo(laid.country(i));
            assertThat(read.lat(i)).isEqualTo(laid.lat(i));
            assertThat(read.areaKm2(i)).isEqualTo(laid.areaKm2(i));
        }
        assertThat(read.neighbours()).isEqualTo(laid.neighbours());
        assertThat(bordersRead).hasValue(1);
        // the borders come back from their own file, not from the source
        Geometry clipped = read.clip(TestMaps.box(40.0, 36.0, 41.2, 36.5));
        assertThat(bordersRead).hasValue(1);
        assertThat(read.borders()).isEqualTo(laid.borders());
        assertThat(clipped.getArea()).isCloseTo(0.7 * 0.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(warnings).isEmpty();
    }

    @Test
    void bordersWhoseFileIsGoneAreAskedForAgain() throws IOException {
        grid(cache());
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith("borders-")).toList()) {
                Files.delete(p);
            }
        }
        Grid read = grid(cache());
        assertThat(bordersRead).hasValue(1);
        read.clip(TestMaps.box(40.0, 36.0, 41.2, 36.5));
        assertThat(bordersRead).hasValue(2);
    }

    @Test
    void theClippedPolygonsAreKeptBesideTheTerritoryAndRecomputedOnceItChanges() throws IOException {
        Theatre theatre = new Theatre(grid(cache()), denseBaseMap());
        Territory whole = theatre.territoryAt(MAY_27);
        Territory first = cache().territory(theatre, MAY_27);
        for (String actor : List.of("SYR_GOV", "IS", "SDF", "FSA")) {
            assertThat(first.polygons(actor).equalsExact(whole.polygons(actor))).as(actor).isTrue();
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("shapes-territory-"))).hasSize(1);
        }

        // another process reads them back: the same polygons, with the borders never asked for again
        Territory read = cache().territory(new Theatre(grid(cache()), denseBaseMap()), MAY_27);
        for (String actor : List.of("SYR_GOV", "IS", "SDF", "FSA")) {
            assertThat(read.polygons(actor).equalsExact(whole.polygons(actor))).as(actor).isTrue();
        }
        assertThat(read.polygons("PMF").isEmpty()).isTrue();
        assertThat(bordersRead).hasValue(1);

        // a territory changed after it was handed out draws its own cells, not the kept ones
        Control taken = Control.held(place("P5-5", 36.27, 41.02), "PMF");
        read.apply(taken);
        whole.apply(taken);
        assertThat(read.polygons("PMF").isEmpty()).isFalse();
        assertThat(read.polygons("PMF").equalsExact(whole.polygons("PMF"))).isTrue();
        assertThat(read.polygons("SDF").equalsExact(whole.polygons("SDF"))).isTrue();
        assertThat(warnings).isEmpty();
    }

    @Test
    void anotherBordersVersionLaysTheGridAgain() {
        grid(cache());
        cache().grid(COUNTRIES, 7, "v2", () -> {
            bordersRead.incrementAndGet();
            return TestMaps.twoCountries();
        });
        assertThat(bordersRead).hasValue(2);
    }

    @Test
    void anUnknownCountryIsNamed() {
        assertThatThrownBy(() -> cache().grid(List.of("AAA", "XX"), 7, "v1", TestMaps::twoCountries))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no borders for 'XX'; known: AAA, BBB");
    }

    @Test
    void aTerritoryReadBackInAnotherProcessIsTheOneComputed() {
        TerrainCache first = cache();
        Theatre theatre = new Theatre(grid(first), baseMap());
        Territory computed = first.territory(theatre, MAY_27);
        assertSameHolders(computed, theatre.territoryAt(MAY_27));

        TerrainCache second = cache();
        Theatre again = new Theatre(grid(second), baseMap());
        Territory read = second.territory(again, MAY_27);
        assertSameHolders(read, again.territoryAt(MAY_27));
        assertThat(read.holderAt(36.25, 41.0)).isEqualTo("IS");
        assertThat(read.holdings()).isEqualTo(computed.holdings());
        assertThat(bordersRead).hasValue(1);
    }

    @Test
    void aNewClaimChangesTheAnswerAndNothingStaleIsRead() {
        Theatre before = new Theatre(grid(cache()), baseMap());
        assertThat(cache().territory(before, MAY_27.plusDays(2)).holderAt(36.25, 41.0)).isEqualTo("IS");

        List<ControlClaim> claims = new ArrayList<>(baseMap());
        claims.add(new ControlClaim(place("Middle", 36.25, 41.0), "PMF", MAY_27.plusDays(1), Kind.HOLDS, "article", 0.9));
        TerrainCache cache = cache();
        Theatre after = new Theatre(grid(cache), claims);
        Territory territory = cache.territory(after, MAY_27.plusDays(2));

        assertThat(territory.holderAt(36.25, 41.0)).isEqualTo("PMF");
        assertSameHolders(territory, after.territoryAt(MAY_27.plusDays(2)));
        // the base map's own date is unchanged by the later claim: its kept territory still answers
        assertThat(cache.territory(after, MAY_27).holderAt(36.25, 41.0)).isEqualTo("IS");
    }

    /** A hundred places over the two countries, in rows of four holders. */
    private static List<ControlClaim> denseBaseMap() {
        List<String> holders = List.of("SYR_GOV", "IS", "SDF", "FSA");
        List<ControlClaim> claims = new ArrayList<>();
        for (int row = 0; row < 10; row++) {
            for (int col = 0; col < 10; col++) {
                claims.add(new ControlClaim(place("P" + row + "-" + col, 36.02 + 0.05 * row, 40.52 + 0.1 * col),
                        holders.get((row + col) % 4), MAY_27, Kind.HOLDS, "map", 0.7));
            }
        }
        return claims;
    }

    @Test
    void aLaterDateStartsFromAnEarlierOneAndEqualsTheWholeComputation() throws IOException {
        List<ControlClaim> claims = new ArrayList<>(denseBaseMap());
        claims.add(new ControlClaim(place("P5-5", 36.27, 41.02), "PMF", MAY_27.plusDays(3), Kind.HOLDS, "article", 0.9));
        claims.add(new ControlClaim(place("North", 36.45, 40.9), "KRG", MAY_27.plusDays(3), Kind.HOLDS, "article", 0.9));
        TerrainCache first = cache();
        Theatre theatre = new Theatre(grid(first), claims);
        first.territory(theatre, MAY_27);
        assertThat(first.wholeComputations()).isEqualTo(1);

        // a new process: the later date starts from the earlier one's file
        TerrainCache cache = cache();
        Theatre again = new Theatre(grid(cache), claims);
        Territory later = cache.territory(again, MAY_27.plusDays(5));

        assertThat(cache.wholeComputations()).isZero();
        assertThat(later.holderAt(36.27, 41.02)).isEqualTo("PMF");
        assertThat(later.holderAt(36.45, 40.9)).isEqualTo("KRG");
        assertSameHolders(later, Territory.of(again.grid(), again.controlsAt(MAY_27.plusDays(5)), again.radiusKm()));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("territory-"))).hasSize(2);
        }
    }

    @Test
    void tooManyChangesSinceTheEarlierDateComputeTheWholeTerritory() {
        List<ControlClaim> claims = new ArrayList<>(baseMap());
        claims.add(new ControlClaim(place("Middle", 36.25, 41.0), "PMF", MAY_27.plusDays(3), Kind.HOLDS, "article", 0.9));
        TerrainCache cache = cache();
        Theatre theatre = new Theatre(grid(cache), claims);
        cache.territory(theatre, MAY_27);
        Territory later = cache.territory(theatre, MAY_27.plusDays(5));

        assertThat(cache.wholeComputations()).isEqualTo(2);
        assertThat(later.holderAt(36.25, 41.0)).isEqualTo("PMF");
    }

    @Test
    void theTerritoryHandedOutIsACopy() {
        TerrainCache cache = cache();
        Theatre theatre = new Theatre(grid(cache), baseMap());
        Territory first = cache.territory(theatre, MAY_27);
        first.apply(Control.held(place("Middle", 36.25, 41.0), "PMF"));
        assertThat(cache.territory(theatre, MAY_27).holderAt(36.25, 41.0)).isEqualTo("IS");
    }

    @Test
    void aDamagedFileIsComputedAgainAndReplaced() throws IOException {
        Theatre theatre = new Theatre(grid(cache()), baseMap());
        cache().territory(theatre, MAY_27);
        Path file;
        try (Stream<Path> files = Files.list(dir)) {
            file = files.filter(p -> p.getFileName().toString().startsWith("territory-")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        Territory territory = cache().territory(theatre, MAY_27);

        assertThat(territory.holderAt(36.25, 41.0)).isEqualTo("IS");
        assertThat(warnings).singleElement().asString().contains(file.toString()).contains("damaged");
        assertThat(Files.size(file)).isEqualTo(bytes.length);
    }

    @Test
    void anUnwritableDirectoryWarnsAndStillAnswers() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("file"), "x");
        TerrainCache cache = new TerrainCache(notADirectory, warnings::add);
        Grid grid = cache.grid(COUNTRIES, 7, "v1", TestMaps::twoCountries);
        assertThat(cache.territory(new Theatre(grid, baseMap()), MAY_27).holderAt(36.25, 41.0)).isEqualTo("IS");
        assertThat(warnings).isNotEmpty().allSatisfy(w -> assertThat(w).contains("cannot write the terrain cache"));
    }

    @Test
    void aGridNotLaidByTheCacheIsRefused() {
        Theatre theatre = new Theatre(Grid.over(TestMaps.twoCountries(), 7), baseMap());
        assertThatThrownBy(() -> cache().territory(theatre, MAY_27)).isInstanceOf(IllegalArgumentException.class);
    }
}
