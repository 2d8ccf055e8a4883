package org.frontline.terrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.frontline.terrain.TestMaps.place;

import com.uber.h3core.LengthUnit;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ContactLinesTest {
    static Grid grid;

    @BeforeAll
    static void grid() {
        grid = Grid.over(TestMaps.twoCountries(), 7);
    }

    /** A territory from explicit cells: the first actor's place holds one cell, the second's its neighbours. */
    @Test
    void oneCellSurroundedByAnotherActorTouchesItAlongSixEdges() {
        // places at cell centres and a radius under the 2.4 km centre spacing: each place holds just its own cell
        int c = grid.indexAt(36.25, 40.75);
        var middle = Grid.h3().cellToLatLng(grid.cell(c));
        Control centre = Control.held(place("Centre", middle.lat, middle.lng), "IS");
        List<Control> ring = new java.util.ArrayList<>(List.of(centre));
        double expected = 0;
        for (Long near : Grid.h3().gridRing(grid.cell(c), 1)) {
            var ll = Grid.h3().cellToLatLng(near);
            ring.add(Control.held(place("Ring" + ring.size(), ll.lat, ll.lng), "PMF"));
            expected += Grid.h3().edgeLength(Grid.h3().cellsToDirectedEdge(grid.cell(c), near), LengthUnit.km);
        }
        Territory t = Territory.of(grid, ring, 1.0);
        List<ContactLines.Line> lines = ContactLines.of(t);
        assertThat(lines).hasSize(1);
        ContactLines.Line line = lines.get(0);
        assertThat(line.actorA()).isEqualTo("IS");
        assertThat(line.actorB()).isEqualTo("PMF");
        assertThat(line.geometry().isClosed()).isTrue();
        assertThat(line.lengthKm()).isCloseTo(expected, within(0.01));
        assertThat(line.nearestPlaces()).startsWith("Centre");
    }

    @Test
    void aStraightFrontIsOneLineAsLongAsTheFront() {
        // two actors split the western country at 36.25°N; the front crosses it from west to east border
        Territory t = Territory.of(grid, List.of(
                Control.held(place("South1", 36.18, 40.58), "IS"), Control.held(place("South2", 36.18, 40.75), "IS"),
                Control.held(place("South3", 36.18, 40.92), "IS"),
                Control.held(place("North1", 36.32, 40.58), "SDF"), Control.held(place("North2", 36.32, 40.75), "SDF"),
                Control.held(place("North3", 36.32, 40.92), "SDF")));
        List<ContactLines.Line> lines = ContactLines.of(t);
        assertThat(lines).hasSize(1);
        // the country is 44.7 km wide; a zig-zag of hexagon edges runs about 1.15 times as long as the straight line
        assertThat(lines.get(0).lengthKm()).isBetween(44.7, 44.7 * 1.4);
        assertThat(ContactLines.lengthByPair(lines)).containsOnlyKeys("IS|SDF");
        assertThat(lines.get(0).nearestPlaces()).hasSize(3);
    }

    @Test
    void newSinceKeepsOnlyContactsTheEarlierDateDidNotHave() {
        Control west = Control.held(place("West", 36.25, 40.78), "SYR_GOV");
        Control east = Control.held(place("East", 36.25, 41.22), "SDF");
        Territory may27 = Territory.of(grid, List.of(west, east));
        assertThat(ContactLines.of(may27)).isEmpty();
        Territory may29 = Territory.of(grid, List.of(west, east,
                Control.held(place("Middle", 36.25, 41.0), "PMF")));
        List<ContactLines.Line> fresh = ContactLines.newSince(may27, may29);
        assertThat(fresh).isNotEmpty();
        assertThat(ContactLines.lengthByPair(fresh)).containsOnlyKeys("PMF|SDF", "PMF|SYR_GOV");
        assertThat(ContactLines.newSince(may29, may29)).isEmpty();
    }

    /** The nearest places' distance is JTS's point-to-line distance to the last bit, so the same places come first. */
    @Test
    void distanceToALineIsJtsDistanceExactly() {
        Random random = new Random(7);
        for (int n = 0; n < 2000; n++) {
            Coordinate[] path = new Coordinate[2 + random.nextInt(30)];
            double lon = 38 + random.nextDouble() * 4;
            double lat = 34 + random.nextDouble() * 3;
            for (int k = 0; k < path.length; k++) {
                lon += (random.nextDouble() - 0.5) * 0.02;
                lat += (random.nextDouble() - 0.5) * 0.02;
                path[k] = new Coordinate(lon, lat);
            }
            LineString line = Grid.GEOMETRY.createLineString(path);
            // some places on the line's vertices: distance 0 ends the search early in both
            Coordinate at = random.nextInt(5) == 0 ? path[random.nextInt(path.length)].copy()
                    : new Coordinate(lon + (random.nextDouble() - 0.5) * 0.5, lat + (random.nextDouble() - 0.5) * 0.5);
            Point place = Grid.GEOMETRY.createPoint(at);
            assertThat(ContactLines.distance(line, place)).isEqualTo(line.distance(place)).isEqualTo(place.distance(line));
        }
    }
}
