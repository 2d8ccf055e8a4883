package org.frontline.cli;

import org.frontline.server.StoredTerrain;
import org.frontline.terrain.Grid;
import org.frontline.terrain.TerrainCache;
import org.frontline.terrain.Territory;
import picocli.CommandLine.Option;

import java.util.List;

/** The grid and radius of the commands that compute territory: {@code linkup}, {@code map}, {@code contacts}, {@code serve}. */
final class GridOptions {
    @Option(names = "--resolution", defaultValue = "" + Grid.DEFAULT_RESOLUTION, description = "H3 resolution of the grid; default: ${DEFAULT-VALUE} (about 5 km² a cell)")
    int resolution;

    @Option(names = "--radius-km", defaultValue = "" + Territory.DEFAULT_RADIUS_KM, description = "a cell takes the holder of the nearest held place within this distance; default: ${DEFAULT-VALUE}")
    double radiusKm;

    @Option(names = "--countries", paramLabel = "ISO", split = ",", defaultValue = StoredTerrain.DEFAULT_COUNTRIES,
            description = "countries the grid covers (ISO alpha-2, from the shipped borders: IQ, SY, TR, IR, JO, LB, IL, PS, SA, KW); default: ${DEFAULT-VALUE}")
    List<String> countries;

    /** The grid over the chosen countries' shipped borders: read back from the cache, else laid (and kept). */
    Grid grid(TerrainCache cache) {
        if (resolution < 0 || resolution > 15) {
            throw new UserError("--resolution: " + resolution + " is not an H3 resolution (0 to 15)");
        }
        try {
            return StoredTerrain.grid(cache, countries, resolution);
        } catch (IllegalArgumentException e) {
            throw new UserError("--countries: " + e.getMessage());
        }
    }

    /** Refuses, naming the option, a resolution H3 does not have or a country without shipped borders. */
    void check() {
        if (resolution < 0 || resolution > 15) {
            throw new UserError("--resolution: " + resolution + " is not an H3 resolution (0 to 15)");
        }
        try {
            StoredTerrain.borders(countries);
        } catch (IllegalArgumentException e) {
            throw new UserError("--countries: " + e.getMessage());
        }
    }
}
