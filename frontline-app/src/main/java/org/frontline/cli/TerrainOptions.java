package org.frontline.cli;

import org.frontline.gazetteer.CountryBorders;
import org.frontline.model.ControlClaim;
import org.frontline.model.Event;
import org.frontline.store.EventQuery;
import org.frontline.store.StoredEvent;
import org.frontline.store.Store;
import org.frontline.terrain.ClaimsFromEvents;
import org.frontline.terrain.Grid;
import org.frontline.terrain.TerrainCache;
import org.frontline.terrain.Territory;
import org.frontline.terrain.Theatre;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The date, grid and radius of the territory commands ({@code linkup}, {@code map}, {@code contacts}), and the claims
 * they read from the store: the base maps' claims up to a date and the claims of the events stored up to it.
 */
final class TerrainOptions {
    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", converter = PublishedDateConverter.class, description = "the day")
    LocalDate date;

    /**
     * Iraq, Syria and their neighbours, every country the shipped borders hold: fronts cross the borders (the Turkish
     * army in northern Syria and Iraq, Iranian forces at the Iraqi border). 964,660 cells at resolution 7, laid in
     * about 3 s the first time (then read back from the cache); {@code --countries IQ,SY} gives an eighth of the cells when the fronts stay inside the two.
     */
    static final String DEFAULT_COUNTRIES = "IQ,SY,TR,IR,JO,LB,IL,PS,SA,KW";

    @Option(names = "--resolution", defaultValue = "" + Grid.DEFAULT_RESOLUTION, description = "H3 resolution of the grid; default: ${DEFAULT-VALUE} (about 5 km² a cell)")
    int resolution;

    @Option(names = "--radius-km", defaultValue = "" + Territory.DEFAULT_RADIUS_KM, description = "a cell takes the holder of the nearest held place within this distance; default: ${DEFAULT-VALUE}")
    double radiusKm;

    @Option(names = "--countries", paramLabel = "ISO", split = ",", defaultValue = DEFAULT_COUNTRIES,
            description = "countries the grid covers (ISO alpha-2, from the shipped borders: IQ, SY, TR, IR, JO, LB, IL, PS, SA, KW); default: ${DEFAULT-VALUE}")
    List<String> countries;

    /** The grids and territories kept beside the store (see {@link DatabaseOption#cacheDirectory()}); problems with it warned on err. */
    static TerrainCache cache(DatabaseOption database, PrintWriter err) {
        return new TerrainCache(database.cacheDirectory(), message -> {
            err.println("frontline: warning: " + message);
            err.flush();
        });
    }

    /** The grid over the chosen countries' shipped borders: read back from the cache, else laid (and kept). */
    Grid grid(TerrainCache cache) {
        if (resolution < 0 || resolution > 15) {
            throw new UserError("--resolution: " + resolution + " is not an H3 resolution (0 to 15)");
        }
        List<String> isos = countries.stream().map(iso -> iso.trim().toUpperCase(Locale.ROOT)).toList();
        try {
            return cache.grid(isos, resolution, CountryBorders.defaultVersion(), () -> CountryBorders.loadDefault().geometries());
        } catch (IllegalArgumentException e) {
            throw new UserError("--countries: " + e.getMessage());
        }
    }

    /** Who holds what over time on the grid, from every claim dated on or before {@code last}. */
    Theatre theatre(Store store, LocalDate last, TerrainCache cache) {
        List<ControlClaim> claims = claimsUpTo(store, last);
        if (claims.isEmpty()) {
            throw new UserError("no control claims on or before " + last + " in " + store.location()
                    + " (import a base map with 'frontline basemap import', or ingest reports of that time)");
        }
        return new Theatre(grid(cache), claims, radiusKm);
    }

    /** The base maps' claims dated on or before the day, then those of the events stored up to it. */
    static List<ControlClaim> claimsUpTo(Store store, LocalDate last) {
        List<ControlClaim> claims = new ArrayList<>(store.claims().upTo(last));
        List<Event> events = store.events().find(EventQuery.all().between(null, last)).stream().map(StoredEvent::event).toList();
        claims.addAll(ClaimsFromEvents.convert(events).claims());
        return claims;
    }
}
