package org.frontline.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The API over real HTTP on an ephemeral loopback port: each endpoint, each kind of error, the token. */
class ApiTest {
    @TempDir
    static Path dir;
    static FoundingDesk desk;

    @BeforeAll
    static void start() throws Exception {
        desk = FoundingDesk.start(dir, false, List.of(), true);
    }

    @AfterAll
    static void stop() {
        desk.close();
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return Json.MAPPER.readTree(response.body());
    }

    /** A problem details answer: its status, its content type, the parameter it names, and no stack trace. */
    static JsonNode problem(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).doesNotContain("\tat ", "Exception");
        JsonNode p = json(response);
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("title").asText()).isNotBlank();
        return p;
    }

    @Test
    void openApiDescribesEveryEndpoint() throws Exception {
        JsonNode api = json(desk.get("/api/openapi.json"));
        assertThat(api.get("openapi").asText()).startsWith("3.");
        Set<String> paths = new TreeSet<>();
        api.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).containsExactlyInAnyOrder("/api/events", "/api/incidents/{id}", "/api/articles/{id}", "/api/articles",
                "/api/basemaps", "/api/timeline", "/api/territory", "/api/borders", "/api/control/{place}", "/api/contacts", "/api/linkup",
                "/api/places", "/api/openapi.json");
    }

    @Test
    void eventsFilterAndPageAsTheCliDoes() throws Exception {
        JsonNode all = json(desk.get("/api/events?by=event"));
        assertThat(all.size()).isGreaterThan(2);
        JsonNode captures = json(desk.get("/api/events?by=event&type=capture&actor=PMF&from=2017-05-28&to=2017-05-29"));
        assertThat(captures.size()).isPositive();
        captures.forEach(e -> {
            assertThat(e.get("sub_event_type").asText()).isEqualTo("capture");
            assertThat(e.get("actor1").asText()).isEqualTo("PMF");
            assertThat(e.get("evidence").asText()).isNotBlank();
        });
        JsonNode near = json(desk.get("/api/events?by=event&near=36.04,41.72&km=5"));
        assertThat(near.size()).isPositive().isLessThan(all.size());

        HttpResponse<String> first = desk.get("/api/events?by=event&limit=2");
        assertThat(json(first).size()).isEqualTo(2);
        String next = first.headers().firstValue("Link").orElseThrow();
        assertThat(next).contains("offset=2").contains("rel=\"next\"");
        JsonNode second = json(desk.get(next.substring(1, next.indexOf('>'))));
        assertThat(second.get(0).get("event_id").asLong()).isEqualTo(all.get(2).get("event_id").asLong());

        HttpResponse<String> geojson = desk.get("/api/events?format=geojson");
        assertThat(geojson.headers().firstValue("Content-Type")).hasValue("application/geo+json");
        assertThat(json(geojson).get("type").asText()).isEqualTo("FeatureCollection");
        HttpResponse<String> csv = desk.get("/api/events?format=csv&by=event");
        assertThat(csv.body().lines().findFirst().orElseThrow()).startsWith("event_date,event_type,sub_event_type,actor1,actor2");
        assertThat(csv.body().lines().count()).isEqualTo(all.size() + 1);
    }

    @Test
    void badEventParametersAreNamed() throws Exception {
        assertThat(problem(desk.get("/api/events?from=2017-13-01"), 400).get("parameter").asText()).isEqualTo("from");
        assertThat(problem(desk.get("/api/events?to=yesterday"), 400).get("parameter").asText()).isEqualTo("to");
        assertThat(problem(desk.get("/api/events?actor=NOBODY"), 400).get("detail").asText()).contains("unknown actor 'NOBODY'");
        assertThat(problem(desk.get("/api/events?type=party"), 400).get("parameter").asText()).isEqualTo("type");
        assertThat(problem(desk.get("/api/events?km=-3&near=36,41"), 400).get("parameter").asText()).isEqualTo("km");
        assertThat(problem(desk.get("/api/events?near=Atlantis"), 400).get("parameter").asText()).isEqualTo("near");
        assertThat(problem(desk.get("/api/events?limit=0"), 400).get("parameter").asText()).isEqualTo("limit");
        assertThat(problem(desk.get("/api/events?format=xml"), 400).get("parameter").asText()).isEqualTo("format");
    }

    @Test
    void incidentHasEverySourceWithItsEvidence() throws Exception {
        JsonNode event = json(desk.get("/api/events?type=capture")).get(0);
        JsonNode incident = json(desk.get("/api/incidents/" + event.get("incident_id").asLong()));
        assertThat(incident.get("type").asText()).isEqualTo("capture");
        assertThat(incident.get("reports").size()).isEqualTo(incident.get("sources").asInt());
        incident.get("reports").forEach(r -> {
            assertThat(r.get("evidence").asText()).isNotBlank();
            assertThat(r.get("article_id").asText()).isNotBlank();
        });
        assertThat(problem(desk.get("/api/incidents/999999"), 404).get("detail").asText()).contains("no incident 999999");
        assertThat(problem(desk.get("/api/incidents/abc"), 400).get("parameter").asText()).isEqualTo("id");
    }

    @Test
    void articleHasTextSentencesAndEvidenceSpans() throws Exception {
        JsonNode event = json(desk.get("/api/events?by=event&type=capture")).get(0);
        JsonNode article = json(desk.get("/api/articles/" + event.get("article_id").asText()));
        String text = article.get("text").asText();
        assertThat(article.get("url").asText()).isEqualTo(event.get("url").asText());
        assertThat(article.get("sentences").size()).isGreaterThan(1);
        JsonNode sentence = article.get("sentences").get(event.get("sentence_index").asInt());
        assertThat(sentence.get("text").asText()).isEqualTo(text.substring(sentence.get("start").asInt(), sentence.get("end").asInt()));
        article.get("events").forEach(e -> assertThat(text.substring(e.get("start_offset").asInt(), e.get("end_offset").asInt()))
                .isEqualTo(e.get("evidence").asText()));
        problem(desk.get("/api/articles/no-such-article"), 404);
    }

    @Test
    void postedArticlesAreStoredOnceAsIngestStoresThem() throws Exception {
        String text = "URL: https://frontline.example/api-test/1\nPublished: 2017-05-30\n\nKurdish forces hold Qamishli\n\n"
                + "The Syrian Democratic Forces captured the village of Tal Hamis from Islamic State on Tuesday, a spokesman said.\n";
        HttpResponse<String> added = desk.post("/api/articles", "text/plain; charset=utf-8", text, FoundingDesk.TOKEN);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonNode body = json(added);
        String id = body.get("id").asText();
        assertThat(added.headers().firstValue("Location")).hasValue("/api/articles/" + id);
        assertThat(body.get("events").size()).isPositive();
        assertThat(body.get("events").get(0).get("actor1").asText()).isEqualTo("SDF");

        HttpResponse<String> again = desk.post("/api/articles", "text/plain", text, FoundingDesk.TOKEN);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("id").asText()).isEqualTo(id);
        assertThat(json(again).get("added").asBoolean()).isFalse();

        String jsonBody = Json.MAPPER.writeValueAsString(java.util.Map.of("url", "https://frontline.example/api-test/2", "published", "2017-05-30",
                "text", "Islamic State fighters withdrew from the town of Baaj on Tuesday, residents said."));
        HttpResponse<String> fromJson = desk.post("/api/articles", "application/json", jsonBody, FoundingDesk.TOKEN);
        assertThat(fromJson.statusCode()).as(fromJson.body()).isEqualTo(201);
        JsonNode stored = json(desk.get("/api/articles/" + json(fromJson).get("id").asText()));
        assertThat(stored.get("published").asText()).isEqualTo("2017-05-30");
        assertThat(stored.get("url").asText()).isEqualTo("https://frontline.example/api-test/2");

        String html = "<html><head><title>Army enters Mayadin</title></head><body><article><h1>Army enters Mayadin</h1>"
                + "<p>Syrian government forces captured the town of Mayadin from Islamic State on Saturday, state media said.</p>"
                + "<p>The army had advanced along the Euphrates for weeks.</p></article></body></html>";
        HttpResponse<String> page = desk.post("/api/articles", "text/html", html, FoundingDesk.TOKEN);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(201);
    }

    @Test
    void uploadsNeedTheTokenAndAValidBody() throws Exception {
        String text = "Published: 2017-05-30\n\nThe SDF captured Tal Hamis.\n";
        assertThat(problem(desk.post("/api/articles", "text/plain", text, null), 401).get("detail").asText()).contains("Bearer");
        HttpResponse<String> wrong = desk.post("/api/articles", "text/plain", text, "not-the-token");
        problem(wrong, 401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(problem(desk.post("/api/articles", "application/pdf", text, FoundingDesk.TOKEN), 415).get("parameter").asText())
                .isEqualTo("Content-Type");
        assertThat(problem(desk.post("/api/articles", "application/json", "{\"text\": ", FoundingDesk.TOKEN), 400).get("parameter").asText())
                .isEqualTo("body");
        assertThat(problem(desk.post("/api/articles", "application/json", "{\"text\": \"x\", \"published\": \"May\"}", FoundingDesk.TOKEN), 400)
                .get("parameter").asText()).isEqualTo("published");
        assertThat(problem(desk.post("/api/articles", "text/plain", HttpRequest.BodyPublishers.ofByteArray(new byte[] {0, 1, 2, 3, 0, 5}),
                FoundingDesk.TOKEN), 400).get("detail").asText()).contains("binary");
        // the fixture's limit is 64 KiB
        problem(desk.post("/api/articles", "text/plain", "word ".repeat(20_000), FoundingDesk.TOKEN), 413);
    }

    @Test
    void baseMapsAreImportedOnce() throws Exception {
        String csv = "place,actor,date,lat,lon\nTal Abyad,SDF,,36.6975,38.9567\n";
        String path = "/api/basemaps?format=csv&date=2017-05-26&name=extra.csv";
        problem(desk.post(path, "text/plain", csv, null), 401);
        HttpResponse<String> added = desk.post(path, "text/plain", csv, FoundingDesk.TOKEN);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(json(added).get("added").asInt()).isEqualTo(1);
        HttpResponse<String> again = desk.post(path, "text/plain", csv, FoundingDesk.TOKEN);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("alreadyStored").asInt()).isEqualTo(1);
        assertThat(problem(desk.post("/api/basemaps?format=shp&date=2017-05-26&name=x.shp", "text/plain", csv, FoundingDesk.TOKEN), 400)
                .get("parameter").asText()).isEqualTo("format");
        assertThat(problem(desk.post("/api/basemaps?format=csv&name=x.csv", "text/plain", csv, FoundingDesk.TOKEN), 400)
                .get("parameter").asText()).isEqualTo("date");
        assertThat(problem(desk.post("/api/basemaps?format=csv&date=2017-05-26&name=../../etc/passwd", "text/plain", csv, FoundingDesk.TOKEN), 400)
                .get("parameter").asText()).isEqualTo("name");
    }

    @Test
    void territoryOfADayHasItsActorsAndChanges() throws Exception {
        JsonNode may27 = json(desk.get("/api/territory?date=2017-05-27"));
        JsonNode may29 = json(desk.get("/api/territory?date=2017-05-29"));
        assertThat(layers(may29)).contains("territory", "place", "contact").doesNotContain("border");
        assertThat(km2(may29, "PMF")).isGreaterThan(km2(may27, "PMF"));
        for (JsonNode f : may29.get("features")) {
            if (f.get("properties").get("layer").asText().equals("territory")) {
                assertThat(f.get("geometry").get("type").asText()).isIn("Polygon", "MultiPolygon");
                assertThat(f.get("properties").get("km2").asDouble()).isPositive();
            }
        }
        JsonNode compared = json(desk.get("/api/territory?date=2017-05-29&compare=2017-05-27"));
        assertThat(compared.get("compare").asText()).isEqualTo("2017-05-27");
        List<JsonNode> changes = new ArrayList<>();
        compared.get("features").forEach(f -> {
            if (f.get("properties").get("layer").asText().equals("change")) {
                changes.add(f.get("properties"));
            }
        });
        assertThat(changes).anySatisfy(c -> assertThat(c.get("to").asText()).isEqualTo("PMF"));
        assertThat(problem(desk.get("/api/territory"), 400).get("parameter").asText()).isEqualTo("date");
        assertThat(problem(desk.get("/api/territory?date=2017-05-29&compare=then"), 400).get("parameter").asText()).isEqualTo("compare");
    }

    @Test
    void territoryIsSentGzippedToClientsThatTakeIt() throws Exception {
        HttpResponse<String> plain = desk.get("/api/territory?date=2017-05-29");
        HttpResponse<InputStream> gzipped = FoundingDesk.HTTP.send(HttpRequest.newBuilder(URI.create(desk.base + "/api/territory?date=2017-05-29"))
                .header("Accept-Encoding", "br;q=1, gzip;q=0.8").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.headers().firstValue("Content-Type")).hasValue("application/geo+json");
        try (InputStream in = new GZIPInputStream(gzipped.body())) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain.body());
        }
    }

    @Test
    void pagesOfEventsAreRevalidatedByTheirTagAndChangeWithEveryWrite() throws Exception {
        String url = "/api/events?by=event&limit=10000";
        HttpResponse<String> first = desk.get(url);
        String tag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(desk.get(url).body()).isEqualTo(first.body());

        HttpResponse<String> unchanged = FoundingDesk.HTTP.send(HttpRequest.newBuilder(URI.create(desk.base + url))
                .header("If-None-Match", "\"other\", W/" + tag).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(unchanged.headers().firstValue("Content-Length")).hasValue(String.valueOf(first.body().getBytes(StandardCharsets.UTF_8).length));
        HttpResponse<InputStream> gzipped = FoundingDesk.HTTP.send(HttpRequest.newBuilder(URI.create(desk.base + url))
                .header("Accept-Encoding", "gzip").header("If-None-Match", tag).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        // the gzipped answer is another representation, with a tag of its own
        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(tag));
        try (InputStream in = new GZIPInputStream(gzipped.body())) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(first.body());
        }

        // a write through the server, then one by another connection to the same file: each page kept is asked anew
        String text = "URL: https://frontline.example/api-test/kept\nPublished: 2017-06-02\n\nRaid\n\n"
                + "Islamic State fighters attacked the village of Tal Hamis on Friday, a spokesman said.\n";
        assertThat(desk.post("/api/articles", "text/plain", text, FoundingDesk.TOKEN).statusCode()).isEqualTo(201);
        HttpResponse<String> afterPost = desk.get(url);
        assertThat(json(afterPost).size()).isGreaterThan(json(first).size());
        assertThat(afterPost.headers().firstValue("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(tag));
        try (org.frontline.store.Store other = org.frontline.store.Store.open(dir.resolve("founding.db").toString())) {
            org.frontline.model.Article article = new org.frontline.model.Article("other-connection", null, "elsewhere.example",
                    java.time.LocalDate.of(2017, 6, 3), null, "A raid hit the crossing.");
            org.frontline.model.Event raid = new org.frontline.model.Event(org.frontline.model.EventType.ATTACK, java.time.LocalDate.of(2017, 6, 3),
                    null, "IS", "SDF", List.of(), "the crossing", null, "A raid hit the crossing.",
                    new org.frontline.model.Provenance("other-connection", 0, 0, 24), 0.5);
            other.articles().add(new org.frontline.model.Extraction(article, List.of(raid), List.of()), "test");
        }
        assertThat(json(desk.get(url)).size()).isEqualTo(json(afterPost).size() + 1);
    }

    @Test
    void ifNoneMatchIsReadAsRfc9110Says() {
        assertThat(FrontlineServer.matches("\"a\"", "\"a\"")).isTrue();
        assertThat(FrontlineServer.matches("\"b\", W/\"a\"", "\"a\"")).isTrue();
        assertThat(FrontlineServer.matches("*", "\"a\"")).isTrue();
        assertThat(FrontlineServer.matches("\"a-gzip\"", "\"a\"")).isFalse();
        assertThat(FrontlineServer.matches(null, "\"a\"")).isFalse();
    }

    @Test
    void acceptEncodingIsReadAsRfc9110Says() {
        assertThat(FrontlineServer.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(FrontlineServer.acceptsGzip("*")).isTrue();
        assertThat(FrontlineServer.acceptsGzip("br, GZIP;q=0.5")).isTrue();
        assertThat(FrontlineServer.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(FrontlineServer.acceptsGzip("gzip; q=0.000, identity")).isFalse();
        assertThat(FrontlineServer.acceptsGzip("*, gzip;q=0")).isFalse();
        assertThat(FrontlineServer.acceptsGzip("identity")).isFalse();
        assertThat(FrontlineServer.acceptsGzip(null)).isFalse();
    }

    @Test
    void bordersAreTheGridsCountries() throws Exception {
        JsonNode borders = json(desk.get("/api/borders"));
        assertThat(borders.get("features")).hasSize(2);
        List<String> countries = new ArrayList<>();
        borders.get("features").forEach(f -> countries.add(f.get("properties").get("country").asText()));
        assertThat(countries).containsExactlyInAnyOrder("IQ", "SY");
        assertThat(layers(borders)).containsOnly("border");
    }

    private static List<String> layers(JsonNode collection) {
        List<String> out = new ArrayList<>();
        collection.get("features").forEach(f -> out.add(f.get("properties").get("layer").asText()));
        return out;
    }

    private static double km2(JsonNode collection, String actor) {
        for (JsonNode e : collection.get("legend")) {
            if (e.get("actor").asText().equals(actor)) {
                return e.get("km2").asDouble();
            }
        }
        return 0;
    }

    @Test
    void timelineSpansTheClaims() throws Exception {
        JsonNode t = json(desk.get("/api/timeline"));
        // other tests may add claims of 26 and 30 May
        assertThat(t.get("first").asText()).isIn("2017-05-26", "2017-05-27");
        assertThat(t.get("last").asText()).isIn("2017-05-29", "2017-05-30");
        assertThat(t.get("days").toString()).contains("2017-05-27", "2017-05-28", "2017-05-29");
        assertThat(t.get("actors").toString()).contains("PMF", "SDF", "IS");
    }

    @Test
    void controlTimelineOfAPlaceWithSources() throws Exception {
        JsonNode baaj = json(desk.get("/api/control/al-Ba'aj"));
        assertThat(baaj.get(0).get("place").asText()).isEqualTo("Baaj");
        JsonNode claims = baaj.get(0).get("claims");
        assertThat(claims.size()).isGreaterThan(1);
        assertThat(claims.get(0).get("source").asText()).isEqualTo("basemap-2017-05-27.csv");
        assertThat(problem(desk.get("/api/control/Atlantis"), 404).get("detail").asText()).contains("Atlantis");
    }

    @Test
    void contactsAppearWhenThePmfReachesTheKurds() throws Exception {
        JsonNode may29 = json(desk.get("/api/contacts?date=2017-05-29&since=2017-05-27"));
        assertThat(may29).anySatisfy(c -> {
            assertThat(c.get("actorA").asText() + "-" + c.get("actorB").asText()).isEqualTo("PMF-SDF");
            assertThat(c.get("newKm").asDouble()).isPositive();
        });
        JsonNode may27 = json(desk.get("/api/contacts?date=2017-05-27"));
        assertThat(may27).noneSatisfy(c -> assertThat(c.get("actorA").asText() + "-" + c.get("actorB").asText()).isEqualTo("PMF-SDF"));
        assertThat(problem(desk.get("/api/contacts?date=2017/05/29"), 400).get("parameter").asText()).isEqualTo("date");
    }

    @Test
    void linkUpThroughKurdishLandOnlyOnThe29th() throws Exception {
        String query = "/api/linkup?coalition=PMF,SYR_GOV,HEZBOLLAH,IRN&passable=SDF&fromActor=PMF&toActor=SYR_GOV&date=";
        JsonNode may29 = json(desk.get(query + "2017-05-29"));
        assertThat(may29.get("connected").asBoolean()).isTrue();
        assertThat(may29.get("corridor").get("path").size()).isGreaterThan(1);
        assertThat(may29.get("corridor").get("kmByActor").has("SDF")).isTrue();
        assertThat(may29.get("withoutPassable").get("connected").asBoolean()).isFalse();
        assertThat(json(desk.get(query + "2017-05-27")).get("connected").asBoolean()).isFalse();

        JsonNode byPlace = json(desk.get("/api/linkup?coalition=PMF,SYR_GOV&passable=SDF&from=Baaj&toActor=SYR_GOV&date=2017-05-29"));
        assertThat(byPlace.get("from").asText()).isEqualTo("Baaj");
        assertThat(problem(desk.get("/api/linkup?fromActor=PMF&toActor=SYR_GOV&date=2017-05-29"), 400).get("parameter").asText()).isEqualTo("coalition");
        assertThat(problem(desk.get("/api/linkup?coalition=PMF,GHOSTS&fromActor=PMF&toActor=SYR_GOV&date=2017-05-29"), 400).get("detail").asText())
                .contains("GHOSTS");
        assertThat(problem(desk.get("/api/linkup?coalition=PMF&from=Atlantis&toActor=SYR_GOV&date=2017-05-29"), 400).get("parameter").asText())
                .isEqualTo("from");
        assertThat(problem(desk.get("/api/linkup?coalition=PMF&fromActor=PMF&date=2017-05-29"), 400).get("parameter").asText()).isEqualTo("to");
    }

    @Test
    void placesSearchTheGazetteer() throws Exception {
        JsonNode found = json(desk.get("/api/places?q=al-Ba%27aj&country=IQ"));
        assertThat(found.get(0).get("country").asText()).isEqualTo("IQ");
        assertThat(found.get(0).get("lat").asDouble()).isCloseTo(36.04, org.assertj.core.data.Offset.offset(0.05));
        assertThat(found.get(0).get("lon").asDouble()).isCloseTo(41.72, org.assertj.core.data.Offset.offset(0.05));
        assertThat(problem(desk.get("/api/places"), 400).get("parameter").asText()).isEqualTo("q");
    }

    @Test
    void unknownPathsAreProblemsAndCorsIsClosed() throws Exception {
        assertThat(problem(desk.get("/api/nothing-here"), 404).get("instance").asText()).isEqualTo("/api/nothing-here");
        HttpResponse<String> fromElsewhere = FoundingDesk.HTTP.send(HttpRequest.newBuilder(java.net.URI.create(desk.base + "/api/timeline"))
                .header("Origin", "https://elsewhere.example").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(fromElsewhere.statusCode()).isEqualTo(200);
        assertThat(fromElsewhere.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void theAppAndLeafletComeFromTheJar() throws Exception {
        HttpResponse<String> index = desk.get("/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("<script src=\"/leaflet/leaflet.js\"></script>").doesNotContain("http://", "https://");
        assertThat(desk.get("/app.js").body()).contains("/api/territory");
        try (InputStream leaflet = getClass().getResourceAsStream("/org/frontline/terrain/leaflet/leaflet.js")) {
            assertThat(desk.get("/leaflet/leaflet.js").body()).isEqualTo(new String(leaflet.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(desk.get("/../pom.xml").statusCode()).isIn(400, 404);
        assertThat(desk.get("/%2e%2e/%2e%2e/pom.xml").statusCode()).isIn(400, 404);
        assertThat(desk.get("/org/frontline/server/FrontlineServer.class").statusCode()).isEqualTo(404);
    }

    @Test
    void tokenComesFromTheEnvironmentOrAFileKeptBesideTheStore() throws IOException {
        Path file = dir.resolve("kept").resolve("frontline.db.token");
        ApiToken generated = ApiToken.resolve(null, file);
        String secret = Files.readString(file).strip();
        assertThat(secret).hasSizeGreaterThanOrEqualTo(40);
        assertThat(Files.getPosixFilePermissions(file)).extracting(Object::toString).containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
        assertThat(generated.authorises("Bearer " + secret)).isTrue();
        assertThat(generated.authorises("bearer " + secret)).isTrue();
        assertThat(generated.authorises("Bearer " + secret + "x")).isFalse();
        assertThat(generated.authorises(secret)).isFalse();
        assertThat(generated.authorises(null)).isFalse();
        assertThat(generated.toString()).doesNotContain(secret);
        assertThat(ApiToken.resolve(null, file).authorises("Bearer " + secret)).as("the kept token is reused").isTrue();
        ApiToken fromEnvironment = ApiToken.resolve("from-env", file);
        assertThat(fromEnvironment.authorises("Bearer from-env")).isTrue();
        assertThat(fromEnvironment.origin()).isEqualTo("$FRONTLINE_TOKEN");
    }
}
