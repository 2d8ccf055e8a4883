package org.frontline.server;

import com.google.common.base.Suppliers;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.util.concurrent.UncheckedExecutionException;
import org.frontline.actors.ActorDictionary;
import org.frontline.extract.Pipeline;
import org.frontline.gazetteer.Candidate;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.gazetteer.PlaceResolver;
import org.frontline.gazetteer.SearchContext;
import org.frontline.model.Article;
import org.frontline.model.ControlClaim;
import org.frontline.model.Extraction;
import org.frontline.model.Sentence;
import org.frontline.store.EventExport;
import org.frontline.store.EventQuery;
import org.frontline.store.Incidents;
import org.frontline.store.Ingester;
import org.frontline.store.Store;
import org.frontline.store.StoredEvent;
import org.frontline.terrain.BaseMap;
import org.frontline.terrain.ContactLines;
import org.frontline.terrain.Coalition;
import org.frontline.terrain.Control;
import org.frontline.terrain.ControlTimeline;
import org.frontline.terrain.Grid;
import org.frontline.terrain.LinkUp;
import org.frontline.terrain.MapLayers;
import org.frontline.terrain.Territory;
import org.frontline.terrain.TerrainCache;
import org.frontline.terrain.TerritoryChange;
import org.frontline.terrain.Theatre;
import org.frontline.text.MatchText;
import org.frontline.text.SentenceSplitter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the API answers, computed from the store and the terrain engine: the CLI's queries, with the day's territory
 * from the {@link TerrainCache} (kept per grid, day and claim set, as the territory commands keep it), so that
 * replaying a front day by day computes each day once. The store's one connection serves one request at a time; the
 * rest is shared read-only.
 */
final class Desk {
    /** Maps kept: a month of replay; a day of the theatre on the default grid is about 1 MB gzipped, as kept (4 MB of GeoJSON). */
    private static final int MAPS_CACHED = 32;
    /** Gzipped bytes of pages of events kept: some 1,000 pages of 100 events. */
    private static final long PAGES_CACHED_BYTES = 8L << 20;

    private final Store store;
    private final TerrainCache terrain;
    private final Grid grid;
    private final double radiusKm;
    private final Supplier<Gazetteer> gazetteer;
    private final Supplier<Function<Article, Extraction>> extraction;
    private final Supplier<SentenceSplitter> splitter = Suppliers.memoize(SentenceSplitter::new);
    private final Supplier<Set<String>> dictionaryActors = Suppliers.memoize(() -> ActorDictionary.loadDefault().names().keySet());
    private final Supplier<byte[]> borders = Suppliers.memoize(() -> {
        var collection = Json.MAPPER.createObjectNode().put("type", "FeatureCollection");
        var features = collection.putArray("features");
        grid().borders().forEach((code, border) -> {
            var feature = features.addObject().put("type", "Feature");
            feature.set("geometry", Json.geometry(border));
            feature.putObject("properties").put("layer", "border").put("country", code);
        });
        return Json.bytes(collection);
    });
    private final Cache<String, Theatre> theatres = CacheBuilder.newBuilder().maximumSize(1).build();
    /**
     * The drawn maps, per state of the store, day and compare day. The terrain cache keeps who holds each cell; drawing
     * that (the cells' union clipped to the borders, contact lines, JSON, gzip) costs more than reading it back, and
     * a map is what every request of the web app's timeline sends.
     */
    private final Cache<String, Body> maps = CacheBuilder.newBuilder().maximumSize(MAPS_CACHED).build();
    /** The pages of events {@link #events} keeps, by their gzipped bytes: a page of 100 events is about 8 KB. */
    private final Cache<PageKey, Page> pages = CacheBuilder.newBuilder().maximumWeight(PAGES_CACHED_BYTES)
            .<PageKey, Page>weigher((key, page) -> page.body().weight()).build();

    Desk(Store store, TerrainCache terrain, Grid grid, double radiusKm, Supplier<Gazetteer> gazetteer) {
        this.store = store;
        this.terrain = terrain;
        this.grid = grid;
        this.radiusKm = radiusKm;
        this.gazetteer = Suppliers.memoize(gazetteer::get);
        // the pipeline and the gazetteer as 'ingest' runs them, built on the first upload
        this.extraction = Suppliers.memoize(() -> {
            Pipeline pipeline = new Pipeline();
            PlaceResolver resolver = new PlaceResolver(this.gazetteer.get());
            return article -> resolver.resolve(pipeline.extract(article));
        });
    }

    String location() {
        return store.location();
    }

    Grid grid() {
        return grid;
    }

    private <T> T withStore(Function<Store, T> work) {
        synchronized (store) {
            return work.apply(store);
        }
    }

    private static <K, V> V cached(Cache<K, V> cache, K key, Callable<V> compute) {
        try {
            return cache.get(key, compute);
        } catch (ExecutionException | UncheckedExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** The theatre of one state of the store, and that state's revision. */
    private record Snapshot(String revision, Theatre theatre) {
    }

    /** Who holds what over time, from every stored claim; rebuilt when the store's claims or events change. */
    private Snapshot snapshot() {
        String revision = withStore(Store::revision);
        return new Snapshot(revision, cached(theatres, revision,
                () -> new Theatre(grid, withStore(s -> StoredTerrain.claimsUpTo(s, StoredTerrain.ALL)), radiusKm)));
    }

    Theatre theatre() {
        return snapshot().theatre();
    }

    /** Who holds what at the end of the day: the caller's own copy, from the terrain cache. */
    Territory territory(LocalDate date) {
        return terrain.territory(theatre(), date);
    }

    /**
     * The map of a day as GeoJSON: the {@link MapLayers} collection without the borders (territory per actor with its
     * area, places, contact lines), and with an earlier date the contact lines new since then and the land that changed
     * hands ({@code layer: change}, with {@code from} and {@code to}).
     */
    Body map(LocalDate date, LocalDate compare) {
        return cached(maps, snapshot().revision() + "|" + date + "|" + compare, () -> Body.of(draw(date, compare)));
    }

    private byte[] draw(LocalDate date, LocalDate compare) {
        Territory territory = territory(date);
        Territory earlier = compare == null ? null : territory(compare);
        var collection = new MapLayers(date, territory, ContactLines.of(territory), compare,
                earlier == null ? List.of() : ContactLines.newSince(earlier, territory), null).featureCollection(false);
        // the borders are the same every day: /api/borders sends them once
        var features = collection.withArray("features");
        if (earlier == null) {
            return Json.bytes(collection);
        }
        for (TerritoryChange change : TerritoryChange.between(earlier, territory)) {
            var feature = features.addObject().put("type", "Feature");
            feature.set("geometry", Json.geometry(change.area()));
            feature.putObject("properties").put("layer", "change").put("from", change.from()).put("to", change.to())
                    .put("cells", change.cells()).put("km2", Math.round(change.km2() * 10) / 10.0);
        }
        return Json.bytes(collection);
    }

    /** The grid's countries as GeoJSON features ({@code layer: border}, {@code country}): the base layer of the web map. */
    byte[] borders() {
        return borders.get();
    }

    /** The days that have claims, the first and last of them, and the actors that hold or claim land. */
    Map<String, Object> timeline() {
        Theatre theatre = theatre();
        TreeSet<LocalDate> days = new TreeSet<>();
        TreeSet<String> actors = new TreeSet<>();
        for (ControlTimeline t : theatre.timelines().timelines()) {
            for (ControlClaim c : t.claims()) {
                days.add(c.date());
                if (c.actor() != null) {
                    actors.add(c.actor());
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("first", days.isEmpty() ? null : days.first().toString());
        out.put("last", days.isEmpty() ? null : days.last().toString());
        out.put("days", days.stream().map(LocalDate::toString).toList());
        out.put("actors", List.copyOf(actors));
        out.put("countries", grid.countries());
        return out;
    }

    /** Actor ids a request may name: the dictionary's and those of the stored claims. */
    boolean knownActor(String id) {
        if (dictionaryActors.get().contains(id)) {
            return true;
        }
        return theatre().timelines().timelines().stream().flatMap(t -> t.claims().stream()).anyMatch(c -> id.equals(c.actor()));
    }

    /** A page of events as sent, and whether it is full (paging counts events; by incident, a page has fewer rows). */
    record Page(Body body, boolean full) {
    }

    /** What a page of events is, as {@link #pages} keeps it: the store's version and the query. */
    private record PageKey(String version, EventQuery query, boolean byIncident, int offset, int limit, EventExport.Format format) {
    }

    /**
     * A page of events written in a format. Kept per version of the store (a mark that every write changes, see
     * {@link Store#version()}) and query: the same pages are asked again and again (the web app's markers, a client
     * polling the latest events), and a page read and written again costs 1 to 2 ms of CPU, a kept one nothing. Where the
     * store has no cheap version (PostgreSQL), every page is read and written again.
     */
    Page events(EventQuery query, boolean byIncident, int offset, int limit, EventExport.Format format) {
        Optional<String> version = withStore(Store::version);
        if (version.isEmpty()) {
            return page(query, byIncident, offset, limit, format);
        }
        return cached(pages, new PageKey(version.get(), query, byIncident, offset, limit, format),
                () -> page(query, byIncident, offset, limit, format));
    }

    private Page page(EventQuery query, boolean byIncident, int offset, int limit, EventExport.Format format) {
        record Found(List<StoredEvent> events, Map<Long, Incidents.StoredIncident> incidents) {
        }
        Found found = withStore(s -> {
            List<StoredEvent> events = s.events().find(query, offset, limit);
            return new Found(events, byIncident ? s.incidents().get(events.stream().map(StoredEvent::incidentId)
                    .filter(Objects::nonNull).distinct().toList()) : Map.of());
        });
        // the rows are built outside the store's lock: requests take turns for the SQL only
        List<EventExport.Row> rows = byIncident ? EventExport.byIncident(found.events(), found.incidents()) : EventExport.byEvent(found.events());
        // written as UTF-8 bytes (not into a string that is then encoded again) and gzipped as they are written
        return new Page(Body.write(out -> EventExport.write(rows, format, out)), found.events().size() == limit);
    }

    /** A point named by a stored place, if any of the stored events has coordinates for it. */
    Optional<org.frontline.store.LatLon> locate(String place) {
        return withStore(s -> s.events().locate(place));
    }

    /** An incident with every report of it: each source's outlet, article, evidence sentence and place. */
    Optional<Map<String, Object>> incident(long id) {
        return withStore(s -> {
            Incidents.StoredIncident incident = s.incidents().get(List.of(id)).get(id);
            if (incident == null) {
                return Optional.empty();
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", incident.id());
            out.put("type", incident.type().code());
            out.put("actor", incident.actor());
            out.put("target", incident.target());
            out.put("date", incident.date());
            out.put("location", incident.location());
            out.put("lat", incident.lat());
            out.put("lon", incident.lon());
            out.put("sources", incident.sources());
            out.put("confidence", incident.confidence());
            out.put("reports", EventExport.byEvent(s.events().ofIncident(id)).stream().map(EventExport.Row::columns).toList());
            return Optional.of(out);
        });
    }

    /** An article: its text, its sentences (as the extractor split them) and its events with their evidence spans. */
    Optional<Map<String, Object>> article(String id) {
        return withStore(s -> s.articles().get(id).map(a -> {
            String text = a.fullText();
            List<Map<String, Object>> sentences = new ArrayList<>();
            for (Sentence sentence : splitter.get().split(MatchText.fold(text))) {
                sentences.add(Map.of("index", sentence.index(), "start", sentence.start(), "end", sentence.end(),
                        "text", text.substring(sentence.start(), sentence.end())));
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", a.id());
            out.put("url", a.url());
            out.put("source", a.source());
            out.put("published", a.published() == null ? null : a.published().toString());
            out.put("title", a.title());
            out.put("text", text);
            out.put("sentences", sentences);
            out.put("events", EventExport.byEvent(s.events().ofArticle(a.id())).stream().map(EventExport.Row::columns).toList());
            return out;
        }));
    }

    /** The control timelines of the places with this name: each claim with its source and who held the place after it. */
    List<Map<String, Object>> control(String name) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ControlTimeline t : StoredTerrain.timelinesOf(theatre().timelines(), name)) {
            Map<String, Object> place = new LinkedHashMap<>();
            place.put("place", t.place().name());
            place.put("lat", t.place().resolved() ? t.place().lat() : null);
            place.put("lon", t.place().resolved() ? t.place().lon() : null);
            List<Map<String, Object>> claims = new ArrayList<>();
            for (ControlClaim c : t.claims()) {
                Control then = t.at(c.date());
                Map<String, Object> claim = new LinkedHashMap<>();
                claim.put("date", c.date().toString());
                claim.put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
                claim.put("actor", c.actor());
                claim.put("confidence", c.confidence());
                claim.put("source", c.source());
                claim.put("holder", then.holder());
                claim.put("contested", then.contested());
                claim.put("contestants", then.contestants());
                claims.add(claim);
            }
            place.put("claims", claims);
            out.add(place);
        }
        return out;
    }

    List<ContactLines.Contact> contacts(LocalDate date, LocalDate since) {
        Territory territory = territory(date);
        Map<String, Double> fresh = since == null ? Map.of()
                : ContactLines.lengthByPair(ContactLines.newSince(territory(since), territory));
        return ContactLines.byPair(ContactLines.of(territory), fresh, since != null);
    }

    /** The coalition itself, or with {@code derive} the actors the relations published up to the date join to it. */
    List<String> coalition(List<String> seeds, boolean derive, LocalDate date) {
        if (!derive) {
            return seeds;
        }
        return List.copyOf(Coalition.derive(seeds, withStore(s -> s.relations().publishedUpTo(date))));
    }

    /** Where a place named in a request is; {@link IllegalArgumentException} when nothing knows it. */
    org.frontline.model.Place place(String name) {
        Theatre theatre = theatre();
        return withStore(s -> StoredTerrain.findPlace(name, s, theatre, gazetteer));
    }

    List<Candidate> places(String name, Set<String> countries, int limit) {
        return gazetteer.get().search(name, new SearchContext(countries, List.of(), Set.of()), limit);
    }

    /** What storing an upload did: the article's id (the stored one when it was there already) and its events. */
    record Stored(String id, boolean added, List<EventExport.Row> events) {
    }

    /** Extracts and stores an article as {@code ingest} does, then links incidents. */
    Stored ingest(Article article) {
        Function<Article, Extraction> extract = extraction.get();
        return withStore(s -> {
            Ingester.Summary summary = new Ingester(s, extract, Ingester.engineVersion(), 1)
                    .ingest(List.of(article), a -> List.of(a), outcome -> { });
            s.incidents().update();
            String id = s.articles().storedIdOf(article).orElseThrow(() -> new IllegalStateException("article not found after storing it"));
            return new Stored(id, summary.added() == 1, EventExport.byEvent(s.events().ofArticle(id)));
        });
    }

    /** What importing a base map did. */
    record Imported(int added, int alreadyStored, int skipped, Map<String, Integer> unknownMarks, Set<String> unresolved) {
    }

    /** Keeps a base map's claims as {@code basemap import} does, places without coordinates looked up in the gazetteer. */
    Imported importBaseMap(BaseMap map) {
        Set<String> unresolved = new LinkedHashSet<>();
        List<ControlClaim> claims = StoredTerrain.locate(map.claims(), gazetteer, unresolved, () -> { });
        int added = withStore(s -> s.claims().addAbsent(claims));
        return new Imported(added, claims.size() - added, map.skipped(), map.unknownMarks(), unresolved);
    }
}
