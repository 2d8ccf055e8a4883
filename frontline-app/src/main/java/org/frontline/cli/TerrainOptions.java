package org.frontline.cli;

import org.frontline.model.ControlClaim;
import org.frontline.server.StoredTerrain;
import org.frontline.store.Store;
import org.frontline.terrain.Grid;
import org.frontline.terrain.Territory;
import org.frontline.terrain.Theatre;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.util.List;

/**
 * The date, grid and radius of the territory commands ({@code linkup}, {@code map}, {@code contacts}), and the claims
 * they read from the store: the base maps' claims up to a date and the claims of the events stored up to it.
 */
final class TerrainOptions {
    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", converter = PublishedDateConverter.class, description = "the day")
    LocalDate date;

    static final String DEFAULT_COUNTRIES = StoredTerrain.DEFAULT_COUNTRIES;

    @Option(names = "--resolution", defaultValue = "" + Grid.DEFAULT_RESOLUTION, description = "H3 resolution of the grid; default: ${DEFAULT-VALUE} (about 5 km² a cell)")
    int resolution;

    @Option(names = "--radius-km", defaultValue = "" + Territory.DEFAULT_RADIUS_KM, description = "a cell takes the holder of the nearest held place within this distance; default: ${DEFAULT-VALUE}")
    double radiusKm;

    @Option(names = "--countries", paramLabel = "ISO", split = ",", defaultValue = DEFAULT_COUNTRIES,
            description = "countries the grid covers (ISO alpha-2, from the shipped borders: IQ, SY, TR, IR, JO, LB, IL, PS, SA, KW); default: ${DEFAULT-VALUE}")
    List<String> countries;

    /** The grid over the chosen countries' shipped borders. */
    Grid grid() {
        if (resolution < 0 || resolution > 15) {
            throw new UserError("--resolution: " + resolution + " is not an H3 resolution (0 to 15)");
        }
        try {
            return StoredTerrain.grid(countries, resolution);
        } catch (IllegalArgumentException e) {
            throw new UserError("--countries: " + e.getMessage());
        }
    }

    /** Who holds what over time on the grid, from every claim dated on or before {@code last}. */
    Theatre theatre(Store store, LocalDate last) {
        List<ControlClaim> claims = StoredTerrain.claimsUpTo(store, last);
        if (claims.isEmpty()) {
            throw new UserError("no control claims on or before " + last + " in " + store.location()
                    + " (import a base map with 'frontline basemap import', or ingest reports of that time)");
        }
        return new Theatre(grid(), claims, radiusKm);
    }
}
