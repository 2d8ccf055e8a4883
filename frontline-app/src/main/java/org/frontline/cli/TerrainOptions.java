package org.frontline.cli;

import org.frontline.model.ControlClaim;
import org.frontline.server.StoredTerrain;
import org.frontline.store.Store;
import org.frontline.terrain.TerrainCache;
import org.frontline.terrain.Theatre;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

/**
 * The date, grid and radius of the territory commands ({@code linkup}, {@code map}, {@code contacts}), and the claims
 * they read from the store: the base maps' claims up to a date and the claims of the events stored up to it.
 */
final class TerrainOptions {
    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", converter = DateOptionConverter.class, description = "the day")
    LocalDate date;

    @Mixin
    GridOptions grid;

    /** The grids and territories kept beside the store (see {@link DatabaseOption#cacheDirectory()}); problems with it warned on err. */
    static TerrainCache cache(DatabaseOption database, PrintWriter err) {
        return new TerrainCache(database.cacheDirectory(), message -> {
            err.println("frontline: warning: " + message);
            err.flush();
        });
    }

    /** Who holds what over time on the grid (read back from the cache, else laid and kept), from every claim dated on or before {@code last}. */
    Theatre theatre(Store store, LocalDate last, TerrainCache cache) {
        List<ControlClaim> claims = StoredTerrain.claimsUpTo(store, last);
        if (claims.isEmpty()) {
            throw new UserError("no control claims on or before " + last + " in " + store.location()
                    + " (import a base map with 'frontline basemap import', or ingest reports of that time)");
        }
        return new Theatre(grid.grid(cache), claims, grid.radiusKm);
    }
}
