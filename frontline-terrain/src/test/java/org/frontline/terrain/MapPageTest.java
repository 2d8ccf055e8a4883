package org.frontline.terrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.frontline.terrain.TestMaps.place;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapPageTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final LocalDate MAY_27 = LocalDate.of(2017, 5, 27);
    static MapLayers layers;

    @TempDir
    Path dir;

    @BeforeAll
    static void layers() {
        Grid grid = Grid.over(TestMaps.twoCountries(), 7);
        List<Control> before = List.of(
                Control.held(place("West", 36.25, 40.78), "SYR_GOV"),
                Control.held(place("East </script>", 36.25, 41.22), "SDF"));
        List<Control> after = new ArrayList<>(before);
        after.add(Control.held(place("Middle", 36.25, 41.0), "PMF"));
        Territory earlier = Territory.of(grid, before);
        Territory later = Territory.of(grid, after);
        LinkUp.Result linkUp = LinkUp.query(later, List.of("PMF", "SYR_GOV"), List.of("SDF"),
                LinkUp.End.actor("PMF"), LinkUp.End.actor("SYR_GOV"));
        layers = new MapLayers(MAY_27.plusDays(2), later, ContactLines.of(later), MAY_27,
                ContactLines.newSince(earlier, later), linkUp);
    }

    @Test
    void geoJsonHoldsEveryLayer() throws IOException {
        JsonNode root = new ObjectMapper().readTree(layers.geoJson());
        assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
        List<String> kinds = new ArrayList<>();
        root.get("features").forEach(f -> kinds.add(f.get("properties").get("layer").asText()));
        assertThat(kinds).contains("border", "territory", "place", "contact", "corridor");
        assertThat(kinds.stream().filter("territory"::equals)).hasSize(3);
        assertThat(root.get("legend")).hasSize(3);
        Path out = dir.resolve("map.geojson");
        MapPage.write(layers, out);
        assertThat(Files.readString(out)).startsWith("{\"type\":\"FeatureCollection\"");
    }

    @Test
    void withoutBordersEveryOtherFeatureStays() {
        List<JsonNode> all = new ArrayList<>();
        layers.featureCollection().get("features").forEach(all::add);
        List<JsonNode> withoutBorders = new ArrayList<>();
        layers.featureCollection(false).get("features").forEach(withoutBorders::add);

        assertThat(all.stream().filter(f -> f.get("properties").get("layer").asText().equals("border"))).hasSize(2);
        assertThat(withoutBorders).containsExactlyElementsOf(all.stream()
                .filter(f -> !f.get("properties").get("layer").asText().equals("border")).toList());
    }

    @Test
    void pageIsSelfContained() {
        String html = MapPage.html(layers);
        assertThat(html).doesNotContain("src=\"http", "<link", "tileLayer(").contains("t.version=\"1.9.4\"");
        assertThat(html).doesNotContain("East </script>").contains("East <\\/script>");
    }

    @Test
    void pageDrawsItsLayersInHeadlessChromium() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "no /usr/bin/chromium");
        Path page = dir.resolve("map.html");
        MapPage.write(layers, page);
        Path target = Path.of("target");
        Files.createDirectories(target);
        Path screenshot = target.resolve("map-page.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);

        String dom = chromium("--dump-dom", page.toUri().toString());
        Matcher m = Pattern.compile("<pre id=\"status\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
        assertThat(m.find()).as("status element in %s", dom.length() > 500 ? dom.substring(0, 500) : dom).isTrue();
        JsonNode status = new ObjectMapper().readTree(m.group(1).replace("&quot;", "\"").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&"));
        assertThat(status.get("errors")).isEmpty();
        assertThat(status.get("ready").asBoolean()).isTrue();
        assertThat(status.get("layers").get("territory").asInt()).isEqualTo(3);
        assertThat(status.get("layers").get("contact").asInt()).isPositive();
        assertThat(status.get("layers").get("corridor").asInt()).isEqualTo(1);
        assertThat(status.get("drawn").asInt()).isGreaterThanOrEqualTo(2 + 3 + 1);
        assertThat(status.get("fitted").asText()).as("the page opens on the territory").isEqualTo("territory");

        chromium("--screenshot=" + screenshot, "--window-size=1000,800", page.toUri().toString());
        assertThat(screenshot).exists();
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
    }

    private String chromium(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--user-data-dir=" + dir.resolve("profile"), "--virtual-time-budget=5000"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(dir.resolve("chromium.log").toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }
}
