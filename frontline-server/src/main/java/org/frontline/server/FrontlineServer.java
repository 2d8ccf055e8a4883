package org.frontline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import org.frontline.gazetteer.Candidate;
import org.frontline.ingest.ArticleReader;
import org.frontline.ingest.IngestException;
import org.frontline.model.Article;
import org.frontline.model.EventType;
import org.frontline.store.EventExport;
import org.frontline.store.EventQuery;
import org.frontline.store.LatLon;
import org.frontline.terrain.BaseMap;
import org.frontline.terrain.BaseMapFormat;
import org.frontline.terrain.Grid;
import org.frontline.terrain.LinkUp;
import org.frontline.terrain.TerrainCache;
import org.frontline.terrain.Territory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code frontline serve}: the REST API (described by {@code /api/openapi.json}) and the web map, one Javalin server
 * over one store. Reads are open unless {@link ServerSettings#readsNeedToken()}; writes need the bearer token.
 * Errors are RFC 9457 problem details; static files come from the jar only; CORS is closed unless origins are given.
 */
public final class FrontlineServer implements AutoCloseable {
    /** Events per page unless {@code limit} says otherwise, and the most a page may hold. */
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 10_000;
    private static final String PROBLEM_JSON = "application/problem+json";

    private final Desk desk;
    private final ApiToken token;
    private final ServerSettings settings;
    private final ArticleReader reader;
    private final Javalin app;

    FrontlineServer(Desk desk, ApiToken token, ServerSettings settings) {
        this.desk = desk;
        this.token = token;
        this.settings = settings;
        this.reader = new ArticleReader(settings.maxBodyBytes());
        this.app = Javalin.create(this::configure);
    }

    /**
     * A server over the store on the settings' grid, its grid and territories kept by the terrain cache (the one the
     * territory commands use beside the store, so that they and the server share what either computed);
     * {@link #start()} binds it.
     */
    public static FrontlineServer over(org.frontline.store.Store store, TerrainCache terrain, ApiToken token, ServerSettings settings,
                                       java.util.function.Supplier<org.frontline.gazetteer.Gazetteer> gazetteer) {
        Grid grid = StoredTerrain.grid(terrain, settings.countries(), settings.resolution());
        Desk desk = new Desk(store, terrain, grid, settings.radiusKm(), gazetteer);
        return new FrontlineServer(desk, token, settings);
    }

    /**
     * Binds and starts serving.
     *
     * @throws IllegalStateException naming the address when it cannot be bound (taken, or not this machine's)
     */
    public FrontlineServer start() {
        try {
            app.start(settings.host(), settings.port());
        } catch (io.javalin.util.JavalinBindException e) {
            throw new IllegalStateException("cannot listen on " + settings.host() + ":" + settings.port() + ": " + e.getMessage(), e);
        }
        return this;
    }

    /** The bound port (the free one chosen when the settings asked for port 0). */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = settings.maxBodyBytes();
        // answers are compressed as they are written, on the request's thread: the fastest gzip level costs a third
        // of the default one's time on a page of events, for a few percent more bytes
        config.http.compressionStrategy = new CompressionStrategy(null, new Gzip(1));
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/org/frontline/server/app";
            files.location = Location.CLASSPATH;
        });
        config.staticFiles.add(files -> {
            files.hostedPath = "/leaflet";
            files.directory = "/org/frontline/terrain/leaflet";
            files.location = Location.CLASSPATH;
        });
        if (!settings.corsOrigins().isEmpty()) {
            config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                rule.path = "/api/*";
                String first = settings.corsOrigins().get(0);
                rule.allowHost(first, settings.corsOrigins().subList(1, settings.corsOrigins().size()).toArray(String[]::new));
            }));
        }
        var routes = config.routes;
        routes.before("/api/*", answering(this::authorise));
        routes.get("/api/openapi.json", answering(ctx -> ctx.contentType("application/json").result(resource("openapi.json"))));
        routes.get("/api/events", answering(this::events));
        routes.get("/api/incidents/{id}", answering(this::incident));
        routes.get("/api/articles/{id}", answering(this::article));
        routes.post("/api/articles", answering(this::postArticle));
        routes.post("/api/basemaps", answering(this::postBaseMap));
        routes.get("/api/timeline", answering(ctx -> json(ctx, desk.timeline())));
        routes.get("/api/territory", answering(this::territory));
        routes.get("/api/borders", answering(ctx -> ctx.contentType("application/geo+json").result(desk.borders())));
        routes.get("/api/control/{place}", answering(this::control));
        routes.get("/api/contacts", answering(this::contacts));
        routes.get("/api/linkup", answering(this::linkUp));
        routes.get("/api/places", answering(this::places));
        routes.exception(ApiProblem.class, (e, ctx) -> problem(ctx, e.status(), e.title(), e.getMessage(), e.parameter()));
        routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, e.getStatus(), statusTitle(e.getStatus()), e.getMessage(), null));
        routes.exception(Exception.class, (e, ctx) -> {
            // the cause and its trace are for the operator's terminal, never for the client
            Throwable cause = e instanceof UnexpectedError error ? error.getCause() : e;
            System.err.println("frontline serve: " + ctx.method() + " " + ctx.path() + ": " + cause);
            cause.printStackTrace();
            problem(ctx, 500, "Internal server error", "the server could not answer; its log says why", null);
        });
        routes.error(404, ctx -> {
            if (!PROBLEM_JSON.equals(ctx.res().getContentType())) {
                problem(ctx, 404, "Not found", "no such resource: " + ctx.path(), null);
            }
        });
    }

    /**
     * An {@link Error} thrown while answering (a stack overflow, an assertion, a class missing from the jar), carried
     * as an exception: Javalin maps exceptions only, and answers an error with an empty 500 that nothing logs.
     */
    private static final class UnexpectedError extends RuntimeException {
        UnexpectedError(Error cause) {
            super(cause);
        }
    }

    /** The handler, its errors turned into {@link UnexpectedError}s so that they get a logged problem-details 500. */
    private static Handler answering(Handler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (Error e) {
                throw new UnexpectedError(e);
            }
        };
    }

    /** Writes need the token; reads too when asked. The token's value is never logged. */
    private void authorise(Context ctx) {
        boolean write = !ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD") && !ctx.method().name().equals("OPTIONS");
        if ((write || settings.readsNeedToken()) && !token.authorises(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"frontline\"");
            throw ApiProblem.unauthorized(ctx.header("Authorization") == null
                    ? (write ? "writes" : "reads") + " need 'Authorization: Bearer TOKEN' (the token of $" + ApiToken.ENV + " or the server's token file)"
                    : "the bearer token is not this server's");
        }
    }

    private static void problem(Context ctx, int status, String title, String detail, String parameter) {
        ObjectNode body = Json.MAPPER.createObjectNode().put("type", "about:blank").put("title", title).put("status", status)
                .put("detail", detail).put("instance", ctx.path());
        if (parameter != null) {
            body.put("parameter", parameter);
        }
        ctx.status(status).contentType(PROBLEM_JSON).result(Json.bytes(body));
    }

    private static String statusTitle(int status) {
        return switch (status) {
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 413 -> "Content too large";
            default -> "HTTP " + status;
        };
    }

    private static void json(Context ctx, Object value) {
        ctx.contentType("application/json").result(Json.bytes(value));
    }

    // ---- reads

    private void events(Context ctx) throws IOException {
        String by = enumParam(ctx, "by", "incident", "incident", "event");
        String format = enumParam(ctx, "format", "json", "json", "geojson", "csv");
        double km = number(ctx, "km", EventQuery.DEFAULT_KM);
        if (!(km > 0)) {
            throw ApiProblem.badParameter("km", "must be positive, not " + ctx.queryParam("km"));
        }
        LatLon near = null;
        String nearText = ctx.queryParam("near");
        if (nearText != null) {
            near = LatLon.parse(nearText);
            if (near == null) {
                near = desk.locate(nearText).orElseThrow(() -> ApiProblem.badParameter("near",
                        "no stored place named '" + nearText + "' has coordinates; give LAT,LON instead"));
            }
        }
        EventType type = null;
        String typeText = ctx.queryParam("type");
        if (typeText != null) {
            type = Arrays.stream(EventType.values()).filter(t -> t.code().equalsIgnoreCase(typeText)).findFirst()
                    .orElseThrow(() -> ApiProblem.badParameter("type", "'" + typeText + "' is not one of "
                            + Arrays.stream(EventType.values()).map(EventType::code).collect(Collectors.joining(", "))));
        }
        int limit = integer(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        int offset = integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        EventQuery query = new EventQuery(type, actor(ctx, "actor"), actor(ctx, "target"), date(ctx, "from", false), date(ctx, "to", false), near, km);
        EventExport.Format exportFormat = EventExport.Format.valueOf(format.toUpperCase(Locale.ROOT));
        Desk.Page page = desk.events(query, by.equals("incident"), offset, limit, exportFormat);
        if (page.full()) {
            // a full page of events may have a next one; the link keeps every other parameter
            String others = ctx.queryParamMap().entrySet().stream().filter(e -> !e.getKey().equals("offset"))
                    .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v))).collect(Collectors.joining("&"));
            ctx.header("Link", "</api/events?" + (others.isEmpty() ? "" : others + "&") + "offset=" + (offset + limit) + ">; rel=\"next\"");
        }
        send(ctx, page.body(), switch (format) {
            case "csv" -> "text/csv; charset=utf-8";
            case "geojson" -> "application/geo+json";
            default -> "application/json";
        });
    }

    /**
     * Sends a kept answer: gzipped as kept to clients that accept gzip (Javalin leaves a response that already has a
     * Content-Encoding alone), with its entity tag; a client that names that tag in If-None-Match gets a 304 without
     * the bytes. Clients revalidate every time (no-cache): a write to the store may change any answer.
     */
    private static void send(Context ctx, Body body, String contentType) {
        boolean gzip = acceptsGzip(ctx.header("Accept-Encoding"));
        String tag = gzip ? body.gzippedTag() : body.tag();
        ctx.contentType(contentType).header("Vary", "Accept-Encoding").header("ETag", tag).header("Cache-Control", "no-cache");
        if (matches(ctx.header("If-None-Match"), tag)) {
            // a 304's Content-Length, if any, must be that of the answer it stands for (RFC 9110 8.6), not 0
            ctx.status(304).header("Content-Length", String.valueOf(gzip ? body.gzipped().length : body.plainLength()));
        } else if (gzip) {
            ctx.header("Content-Encoding", "gzip").result(body.gzipped());
        } else {
            ctx.result(body.plain());
        }
    }

    /** Whether an If-None-Match header (RFC 9110 13.1.2: {@code *} or entity tags, weak or strong) names a tag. */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String t = candidate.trim();
            if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(tag)) {
                return true;
            }
        }
        return false;
    }

    private void incident(Context ctx) {
        String text = ctx.pathParam("id");
        long id;
        try {
            id = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ApiProblem.badParameter("id", "an incident id is a number, not '" + text + "'");
        }
        json(ctx, desk.incident(id).orElseThrow(() -> ApiProblem.notFound("no incident " + id + " in " + desk.location())));
    }

    private void article(Context ctx) {
        String id = ctx.pathParam("id");
        json(ctx, desk.article(id).orElseThrow(() -> ApiProblem.notFound("no article '" + id + "' in " + desk.location())));
    }

    private void territory(Context ctx) {
        LocalDate date = date(ctx, "date", true);
        LocalDate compare = date(ctx, "compare", false);
        send(ctx, desk.map(date, compare), "application/geo+json");
    }

    /**
     * Whether an Accept-Encoding header (RFC 9110 12.5.3) takes gzip: named with a weight above 0, or not named and
     * {@code *} is.
     */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        Boolean any = null;
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.trim().split(";");
            String name = parts[0].trim().toLowerCase(java.util.Locale.ROOT);
            boolean refused = false;
            for (int i = 1; i < parts.length; i++) {
                String param = parts[i].trim().toLowerCase(java.util.Locale.ROOT);
                refused |= param.startsWith("q=") && param.substring(2).trim().matches("0(\\.0{0,3})?");
            }
            if (name.equals("gzip") || name.equals("x-gzip")) {
                return !refused;
            }
            if (name.equals("*")) {
                any = !refused;
            }
        }
        return any != null && any;
    }

    private void control(Context ctx) {
        String place = ctx.pathParam("place");
        List<Map<String, Object>> timelines = desk.control(place);
        if (timelines.isEmpty()) {
            throw ApiProblem.notFound("no control claims for '" + place + "' in " + desk.location());
        }
        json(ctx, timelines);
    }

    private void contacts(Context ctx) {
        json(ctx, desk.contacts(date(ctx, "date", true), date(ctx, "since", false)));
    }

    private void linkUp(Context ctx) {
        LocalDate date = date(ctx, "date", true);
        List<String> coalition = actors(ctx, "coalition", true);
        List<String> passable = actors(ctx, "passable", false);
        Territory territory = desk.territory(date);
        LinkUp.End from = end(ctx, "from", "fromActor", territory, date);
        LinkUp.End to = end(ctx, "to", "toActor", territory, date);
        boolean derive = Boolean.parseBoolean(ctx.queryParam("derive"));
        json(ctx, LinkUp.query(territory, desk.coalition(coalition, derive, date), passable, from, to));
    }

    private LinkUp.End end(Context ctx, String placeParam, String actorParam, Territory territory, LocalDate date) {
        String place = ctx.queryParam(placeParam);
        String actor = ctx.queryParam(actorParam);
        if ((place == null) == (actor == null)) {
            throw ApiProblem.badParameter(placeParam, "give one of " + placeParam + "=PLACE or " + actorParam + "=ACTOR");
        }
        if (place != null) {
            try {
                return LinkUp.End.place(desk.place(place));
            } catch (IllegalArgumentException e) {
                throw ApiProblem.badParameter(placeParam, e.getMessage());
            }
        }
        String id = actor(ctx, actorParam);
        if (territory.cellsOf(id).length == 0) {
            throw ApiProblem.badParameter(actorParam, id + " holds no territory on " + date + "; holders: "
                    + String.join(", ", territory.holdings().keySet()));
        }
        return LinkUp.End.actor(id);
    }

    private void places(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            throw ApiProblem.badParameter("q", "give a place name, e.g. q=Baaj");
        }
        String country = ctx.queryParam("country");
        Set<String> countries = country == null ? Set.of() : Arrays.stream(country.split(",")).map(c -> c.trim().toUpperCase(Locale.ROOT))
                .filter(c -> !c.isEmpty()).collect(Collectors.toSet());
        int limit = integer(ctx, "limit", 10, 1, 100);
        List<Map<String, Object>> out = desk.places(q, countries, limit).stream().map(FrontlineServer::candidate).toList();
        json(ctx, out);
    }

    private static Map<String, Object> candidate(Candidate c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.place().name());
        m.put("lat", c.place().lat());
        m.put("lon", c.place().lon());
        m.put("country", c.place().country());
        m.put("sources", c.place().sources());
        m.put("score", Math.round(c.score() * 100) / 100.0);
        m.put("reasons", c.reasons());
        return m;
    }

    // ---- writes

    private void postArticle(Context ctx) {
        byte[] body = ctx.bodyAsBytes();
        String type = ctx.contentType() == null ? "" : ctx.contentType().split(";")[0].trim().toLowerCase(Locale.ROOT);
        String id = "api-" + sha256(body).substring(0, 12);
        Article article;
        try {
            article = switch (type) {
                case "text/html" -> reader.read(id, body, true);
                case "text/plain" -> reader.read(id, body, false);
                case "application/json" -> fromJson(id, body);
                default -> throw new ApiProblem(415, "Unsupported media type", "Content-Type: '" + type
                        + "' is not text/html, text/plain (the corpus format) or application/json", "Content-Type");
            };
        } catch (IngestException e) {
            throw ApiProblem.badParameter("body", e.getMessage());
        }
        Desk.Stored stored = desk.ingest(article);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", stored.id());
        out.put("added", stored.added());
        out.put("events", stored.events().stream().map(EventExport.Row::columns).toList());
        ctx.header("Location", "/api/articles/" + stored.id());
        ctx.status(stored.added() ? 201 : 200);
        json(ctx, out);
    }

    /** {@code {"url", "published", "text" | "html"}}: a text goes through the corpus-format reader with its header lines. */
    private Article fromJson(String id, byte[] body) throws IngestException {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiProblem.badParameter("body", "not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isObject()) {
            throw ApiProblem.badParameter("body", "a JSON object with url, published and text or html");
        }
        String url = text(root, "url");
        String publishedText = text(root, "published");
        LocalDate published = null;
        if (publishedText != null) {
            try {
                published = LocalDate.parse(publishedText);
            } catch (DateTimeParseException e) {
                throw ApiProblem.badParameter("published", "'" + publishedText + "' is not a date (YYYY-MM-DD)");
            }
        }
        String text = text(root, "text");
        String html = text(root, "html");
        if ((text == null) == (html == null)) {
            throw ApiProblem.badParameter("body", "give one of 'text' or 'html'");
        }
        if (text != null) {
            String corpus = (url == null ? "" : "URL: " + url + "\n") + (published == null ? "" : "Published: " + published + "\n") + "\n" + text;
            return reader.read(id, corpus.getBytes(StandardCharsets.UTF_8), false);
        }
        Article page = reader.read(id, html.getBytes(StandardCharsets.UTF_8), true);
        return new Article(page.id(), url != null ? url : page.url(), page.source(), published != null ? published : page.published(),
                page.title(), page.text());
    }

    private void postBaseMap(Context ctx) {
        String formatText = ctx.queryParam("format");
        BaseMapFormat format;
        try {
            format = BaseMapFormat.fromCode(formatText == null ? "" : formatText);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badParameter("format", "'" + formatText + "' is not one of wikimap, geojson, csv");
        }
        LocalDate date = date(ctx, "date", true);
        String name = ctx.queryParam("name");
        if (name == null || name.isBlank() || !name.matches("[\\w.,() -]+")) {
            throw ApiProblem.badParameter("name", "the base map's file name, kept as its claims' source (letters, digits, . _ - only)");
        }
        BaseMap map;
        try {
            map = format.read(ctx.body(), name, date, null);
        } catch (RuntimeException e) {
            throw ApiProblem.badParameter("body", "cannot read as " + format.name().toLowerCase(Locale.ROOT) + ": " + e.getMessage());
        }
        Desk.Imported imported = desk.importBaseMap(map);
        ctx.status(imported.added() > 0 ? 201 : 200);
        json(ctx, imported);
    }

    // ---- parameters

    private static String text(JsonNode root, String field) {
        JsonNode v = root.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static LocalDate date(Context ctx, String name, boolean required) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            if (required) {
                throw ApiProblem.badParameter(name, "required (YYYY-MM-DD)");
            }
            return null;
        }
        try {
            return LocalDate.parse(v.trim());
        } catch (DateTimeParseException e) {
            throw ApiProblem.badParameter(name, "'" + v + "' is not a date (YYYY-MM-DD)");
        }
    }

    private String actor(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        String id = v.trim().toUpperCase(Locale.ROOT);
        if (!desk.knownActor(id)) {
            throw ApiProblem.badParameter(name, "unknown actor '" + v + "' (canonical ids: IS, SDF, PMF, SYR_GOV, ...)");
        }
        return id;
    }

    private List<String> actors(Context ctx, String name, boolean required) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            if (required) {
                throw ApiProblem.badParameter(name, "required: actor ids separated by commas, e.g. PMF,SYR_GOV");
            }
            return List.of();
        }
        return Arrays.stream(v.split(",")).map(String::trim).filter(a -> !a.isEmpty()).map(a -> {
            String id = a.toUpperCase(Locale.ROOT);
            if (!desk.knownActor(id)) {
                throw ApiProblem.badParameter(name, "unknown actor '" + a + "'");
            }
            return id;
        }).toList();
    }

    private static String enumParam(Context ctx, String name, String fallback, String... allowed) {
        String v = ctx.queryParam(name);
        if (v == null) {
            return fallback;
        }
        String lower = v.trim().toLowerCase(Locale.ROOT);
        if (!Arrays.asList(allowed).contains(lower)) {
            throw ApiProblem.badParameter(name, "'" + v + "' is not one of " + String.join(", ", allowed));
        }
        return lower;
    }

    private static double number(Context ctx, String name, double fallback) {
        String v = ctx.queryParam(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw ApiProblem.badParameter(name, "'" + v + "' is not a number");
        }
    }

    private static int integer(Context ctx, String name, int fallback, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n < min || n > max) {
                throw ApiProblem.badParameter(name, n + " is outside " + min + " to " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiProblem.badParameter(name, "'" + v + "' is not a whole number");
        }
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(Body.sha256().digest(bytes));
    }

    private static byte[] resource(String name) {
        try (InputStream in = FrontlineServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the jar: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
