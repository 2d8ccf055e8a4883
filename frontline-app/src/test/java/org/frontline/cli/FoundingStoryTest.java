package org.frontline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.frontline.model.Place;
import org.frontline.store.EventQuery;
import org.frontline.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The founding scenario through the command line, as {@code samples/founding/story.sh} runs it: the sample base map
 * of 27 May 2017 and reports, and a stand-in for the founding article written here (its text is not in the
 * repository), on a SQLite store in a temporary directory.
 */
class FoundingStoryTest {
    private static final Path SAMPLE = Path.of("..", "samples", "founding");
    /** As story.sh: a few dozen places need 20 km around each to join into territories. */
    private static final String RADIUS = "20";
    private static final List<String> COALITION = List.of("--coalition", "PMF,SYR_GOV,HEZBOLLAH,IRN", "--from-actor", "PMF", "--to-actor", "SYR_GOV");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static String db;
    static String gazetteer;

    @BeforeAll
    static void story() throws Exception {
        db = tmp.resolve("founding.db").toString();
        gazetteer = tmp.resolve("gazetteer").toString();
        Path founding = tmp.resolve("founding-standin.txt");
        Files.writeString(founding, """
                URL: https://frontline.example/test/founding-standin

                Iraqi force takes Islamic State villages on Syria border

                Iraq's Popular Mobilisation force said it pushed Islamic State out of a group of villages on the border with Syria on Monday.

                Islamic State fighters attacked Popular Mobilisation positions near Baaj last week, the force said.

                The Popular Mobilisation force is backed by Iran.
                """);
        run("places", "import", SAMPLE.resolve("places.geojson").toString(), "--format", "geojson", "--gazetteer", gazetteer);
        run("basemap", "import", SAMPLE.resolve("basemap-2017-05-27.csv").toString(), "--format", "csv", "--date", "2017-05-27", "--db", db);
        run("ingest", "--db", db, "--gazetteer", gazetteer, SAMPLE.resolve("reports").toString());
        run("ingest", "--db", db, "--gazetteer", gazetteer, "--published", "2017-05-29", founding.toString());
    }

    @Test
    void theVillagesOnTheBorderAreLocatedOnTheBorderNearBaaj() {
        try (Store store = Store.open(db)) {
            List<Place> border = store.events().find(EventQuery.all().between(LocalDate.of(2017, 5, 29), LocalDate.of(2017, 5, 29))).stream()
                    .flatMap(e -> e.event().places().stream()).filter(p -> "border:SY".equals(p.coordSource())).toList();
            assertThat(border).isNotEmpty();
            assertThat(border.get(0).approximate()).isTrue();
            assertThat(border.get(0).lon()).isBetween(41.0, 41.72); // west of Baaj, at the Syrian border
        }
    }

    @Test
    void noPmfSdfContactOn27May() throws Exception {
        assertThat(json("contacts", "--date", "2017-05-27", "--pair", "PMF,SDF")).isEmpty();
    }

    @Test
    void pmfTouchesSdfAlongTheBorderOn29May() throws Exception {
        JsonNode contacts = json("contacts", "--date", "2017-05-29", "--since", "2017-05-27", "--pair", "PMF,SDF");
        assertThat(contacts).hasSize(1);
        assertThat(contacts.get(0).get("km").asDouble()).isGreaterThan(10);
        assertThat(contacts.get(0).get("newKm").asDouble()).isEqualTo(contacts.get(0).get("km").asDouble());
        assertThat(contacts.get(0).get("near").toString()).contains("Umm Jaris", "al-Hawl");
    }

    @Test
    void pmfLinksUpWithTheSyrianGovernmentOnlyWithSdfPassable() throws Exception {
        JsonNode may29 = linkUp("2017-05-29");
        assertThat(may29.get("connected").asBoolean()).isTrue();
        assertThat(may29.at("/corridor/kmByActor").has("SDF")).isTrue();
        assertThat(may29.at("/withoutPassable/connected").asBoolean()).isFalse();
        assertThat(linkUp("2017-05-27").get("connected").asBoolean()).isFalse();
    }

    @Test
    void theCoalitionCanBeDerivedFromTheStoredRelations() throws Exception {
        JsonNode derived = JSON.readTree(run("linkup", "--db", db, "--radius-km", RADIUS, "--coalition", "PMF", "--derive",
                "--passable", "SDF", "--from-actor", "PMF", "--to-actor", "SYR_GOV", "--date", "2017-05-29", "--format", "json"));
        assertThat(derived.get("coalition").toString()).contains("PMF", "IRN");
        assertThat(derived.get("connected").asBoolean()).isTrue();
    }

    @Test
    void theMapPageIsWritten() throws Exception {
        Path page = tmp.resolve("founding.html");
        run(with(COALITION, "map", "--db", db, "--radius-km", RADIUS, "--passable", "SDF", "--date", "2017-05-29", "--compare", "2017-05-27",
                "--out", page.toString()));
        assertThat(Files.readString(page)).contains("<html", "PMF", "SDF");
    }

    private static JsonNode linkUp(String date) throws Exception {
        return JSON.readTree(run(with(COALITION, "linkup", "--db", db, "--radius-km", RADIUS, "--passable", "SDF", "--date", date, "--format", "json")));
    }

    private static JsonNode json(String... args) throws Exception {
        return JSON.readTree(run(with(List.of("--db", db, "--radius-km", RADIUS, "--format", "json"), args)));
    }

    private static String[] with(List<String> more, String... args) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(args), more.stream()).toArray(String[]::new);
    }

    /** Runs a command in-process; fails with its error output unless it succeeds. */
    static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLineTest.execute(out, err, args);
        assertThat(code).as(String.join(" ", args) + "\n" + err).isZero();
        return out.toString();
    }
}
