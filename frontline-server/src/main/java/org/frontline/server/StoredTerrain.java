package org.frontline.server;

import org.frontline.gazetteer.CountryBorders;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.gazetteer.GreatCircle;
import org.frontline.gazetteer.PlaceNameAnalyzer;
import org.frontline.gazetteer.PlaceResolver;
import org.frontline.gazetteer.SearchContext;
import org.frontline.model.ControlClaim;
import org.frontline.model.Event;
import org.frontline.model.Place;
import org.frontline.store.EventQuery;
import org.frontline.store.LatLon;
import org.frontline.store.Store;
import org.frontline.store.StoredEvent;
import org.frontline.terrain.ClaimsFromEvents;
import org.frontline.terrain.ControlTimeline;
import org.frontline.terrain.ControlTimelines;
import org.frontline.terrain.Grid;
import org.frontline.terrain.TerrainCache;
import org.frontline.terrain.Theatre;
import org.locationtech.jts.geom.Geometry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The terrain of a store, as the territory commands and the server both read it: the grid over chosen countries,
 * the claims a date's territory comes from (base maps and stored events), a place's control timeline, and where a
 * place named by a user is.
 */
public final class StoredTerrain {
    /**
     * Iraq, Syria and their neighbours, every country the shipped borders hold: fronts cross the borders (the Turkish
     * army in northern Syria and Iraq, Iranian forces at the Iraqi border). 964,660 cells at resolution 7, laid in
     * about 3 s the first time, then read back from the {@link TerrainCache}; {@code IQ,SY} gives an eighth of the cells when the fronts stay inside the two.
     */
    public static final String DEFAULT_COUNTRIES = "IQ,SY,TR,IR,JO,LB,IL,PS,SA,KW";
    /** Every stored claim: the store compares ISO dates as text, so the last day of year 9999 is after all of them. */
    public static final LocalDate ALL = LocalDate.of(9999, 12, 31);
    /** Base maps and reports are of Iraq and Syria: names unknown to the store are looked up there. */
    private static final Set<String> THEATRE = Set.of("IQ", "SY");

    private StoredTerrain() {
    }

    /**
     * The grid over the countries' shipped borders, from the cache: read back when it was laid before (the borders
     * are then read only when something needs them), else laid and kept.
     *
     * @throws IllegalArgumentException naming the unknown country, or the resolution that is not H3's
     */
    public static Grid grid(TerrainCache cache, List<String> countries, int resolution) {
        if (resolution < 0 || resolution > 15) {
            throw new IllegalArgumentException(resolution + " is not an H3 resolution (0 to 15)");
        }
        List<String> codes = countries.stream().map(iso -> iso.trim().toUpperCase(Locale.ROOT)).toList();
        return cache.grid(codes, resolution, CountryBorders.defaultVersion(), () -> borders(codes));
    }

    /**
     * The shipped borders of the countries, by ISO code.
     *
     * @throws IllegalArgumentException naming a country the shipped borders lack
     */
    public static Map<String, Geometry> borders(List<String> countries) {
        CountryBorders borders = CountryBorders.loadDefault();
        Map<String, Geometry> chosen = new LinkedHashMap<>();
        for (String iso : countries) {
            String code = iso.trim().toUpperCase(Locale.ROOT);
            Geometry g = borders.geometries().get(code);
            if (g == null) {
                throw new IllegalArgumentException("no borders for '" + iso + "'; known: " + String.join(", ", borders.geometries().keySet()));
            }
            chosen.put(code, g);
        }
        return chosen;
    }

    /** The base maps' claims dated on or before the day, then those of the events stored up to it. */
    public static List<ControlClaim> claimsUpTo(Store store, LocalDate last) {
        List<ControlClaim> claims = new ArrayList<>(store.claims().upTo(last));
        List<Event> events = store.events().find(EventQuery.all().between(null, last)).stream().map(StoredEvent::event).toList();
        claims.addAll(ClaimsFromEvents.convert(events).claims());
        return claims;
    }

    /** The control timelines of the places with this name, in any spelling the gazetteer folds together (al-Ba'aj, Baaj). */
    public static List<ControlTimeline> timelinesOf(Store store, String name) {
        return timelinesOf(ControlTimelines.of(claimsUpTo(store, ALL)), name);
    }

    /** The timelines of the places with this name among those given. */
    public static List<ControlTimeline> timelinesOf(ControlTimelines timelines, String name) {
        String folded = PlaceNameAnalyzer.fold(name);
        return timelines.timelines().stream()
                .filter(t -> PlaceNameAnalyzer.fold(t.place().name()).equals(folded)).toList();
    }

    /**
     * A base map's claims with coordinates: places without them are looked up in the gazetteer (loaded only when
     * needed, each name once); the names it does not know are added to {@code unresolved} and their claims left out.
     *
     * @param step called once per claim, for progress
     */
    public static List<ControlClaim> locate(List<ControlClaim> claims, Supplier<Gazetteer> gazetteer, Set<String> unresolved, Runnable step) {
        PlaceResolver resolver = null;
        Map<String, Place> found = new java.util.HashMap<>();
        List<ControlClaim> located = new ArrayList<>(claims.size());
        for (ControlClaim c : claims) {
            step.run();
            Place p = c.place();
            if (!p.resolved()) {
                if (resolver == null) {
                    resolver = new PlaceResolver(gazetteer.get());
                }
                PlaceResolver r = resolver;
                p = found.computeIfAbsent(p.name(), n -> r.resolve(n, new SearchContext(THEATRE, List.of(), Set.of())));
                if (!p.resolved()) {
                    unresolved.add(p.name());
                    continue;
                }
            }
            located.add(new ControlClaim(p, c.actor(), c.date(), c.kind(), c.source(), c.confidence()));
        }
        return located;
    }

    /**
     * Where a place named by a user is: a base-map or event place of the theatre (when several share the name, as
     * the Syrian village and the Iraqi town of Hawija, the one nearest the gazetteer's answer for the name, which
     * knows the better known), else a stored event place, else the gazetteer's (loaded only when needed).
     *
     * @throws IllegalArgumentException when none of them knows it
     */
    public static Place findPlace(String name, Store store, Theatre theatre, Supplier<Gazetteer> gazetteer) {
        return findPlace(name, store, theatre, gazetteerAnswer(gazetteer));
    }

    /** The gazetteer's answer to a name of the theatre (Iraq and Syria first); the gazetteer is asked for only then. */
    public static Function<String, Place> gazetteerAnswer(Supplier<Gazetteer> gazetteer) {
        return name -> new PlaceResolver(gazetteer.get()).resolve(name, new SearchContext(THEATRE, List.of(), Set.of()));
    }

    /**
     * As {@link #findPlace(String, Store, Theatre, Supplier)}, with the gazetteer's answer to the name given (one kept
     * from an earlier run, {@link org.frontline.gazetteer.GazetteerAnswers}).
     */
    public static Place findPlace(String name, Store store, Theatre theatre, Function<String, Place> gazetteerAnswer) {
        String wanted = name.trim();
        List<Place> claimed = theatre.timelines().timelines().stream().map(ControlTimeline::place)
                .filter(p -> p.name().equalsIgnoreCase(wanted) && p.resolved()).toList();
        if (claimed.size() == 1) {
            return claimed.get(0);
        }
        if (claimed.isEmpty()) {
            Optional<LatLon> stored = store.events().locate(wanted);
            if (stored.isPresent()) {
                return new Place(wanted, stored.get().lat(), stored.get().lon(), "store", false, 0);
            }
        }
        Place p = gazetteerAnswer.apply(wanted);
        if (!claimed.isEmpty()) {
            return !p.resolved() ? claimed.get(0) : claimed.stream()
                    .min(Comparator.comparingDouble(c -> GreatCircle.km(c.lat(), c.lon(), p.lat(), p.lon()))).orElseThrow();
        }
        if (!p.resolved()) {
            throw new IllegalArgumentException("unknown place '" + name + "': not in the store's base maps or events, nor in the gazetteer");
        }
        return p;
    }
}
