package org.frontline.peer.clavin;

import com.bericotech.clavin.extractor.LocationOccurrence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CLAVIN on a gazetteer of five places written for the test: two Tal Afars, the bigger one far from the story. */
class ClavinPeerTest {
    private static final String GAZETTEER = String.join("\n",
            row(1, "Mosul", "Al Mawsil", 36.335, 43.119, "IQ", "18", 1_739_800),
            row(2, "Tal Afar", "Tall Afar,Tel Afar", 36.379, 42.448, "IQ", "18", 50_000),
            row(3, "Sinjar", "Shingal", 36.321, 41.877, "IQ", "18", 38_000),
            row(4, "Tal Afar", "", 35.000, 38.000, "SY", "08", 90_000),
            row(5, "Raqqa", "Ar Raqqah", 35.950, 39.009, "SY", "04", 220_000)) + "\n";

    @TempDir
    static Path dir;
    private static ClavinPeer peer;

    private static String row(int id, String name, String alternates, double lat, double lon, String country, String admin1, long population) {
        return String.join("\t", Integer.toString(id), name, name, alternates, Double.toString(lat), Double.toString(lon), "P", "PPL",
                country, "", admin1, "", "", "", Long.toString(population), "", "", "", "2017-07-25");
    }

    @BeforeAll
    static void index() throws Exception {
        Path gazetteer = Files.writeString(dir.resolve("places.txt"), GAZETTEER, StandardCharsets.UTF_8);
        ClavinPeer.buildIndex(gazetteer, dir.resolve("index"));
        peer = new ClavinPeer(dir.resolve("index"));
    }

    private static ClavinPeer.Article article(String... names) {
        return new ClavinPeer.Article("a", java.util.Arrays.stream(names).map(n -> new LocationOccurrence(n, 0)).toList());
    }

    @Test
    void contextPicksTheNamesakeInTheProvinceOfTheOtherNames() throws Exception {
        Map<String, ClavinPeer.Resolution> r = peer.resolve(article("Mosul", "Tal Afar", "Shingal"), ClavinPeer.Config.parse("fuzzy=off"));
        assertThat(r.get("Tal Afar").geonameId()).isEqualTo(2);
        assertThat(r.get("Shingal").geonameId()).isEqualTo(3);
        assertThat(r.get("Mosul").lat()).isEqualTo(36.335);
    }

    @Test
    void withoutContextTheMorePopulousNamesakeWins() throws Exception {
        Map<String, ClavinPeer.Resolution> r = peer.resolve(article("Mosul", "Tal Afar"), ClavinPeer.Config.parse("maxHitDepth=1,maxContextWindow=1"));
        assertThat(r.get("Tal Afar").geonameId()).isEqualTo(4);
    }

    @Test
    void aMisspellingResolvesOnlyWithFuzzyMatching() throws Exception {
        assertThat(peer.resolve(article("Raqqaa", "Nowhereville"), ClavinPeer.Config.parse("fuzzy=off"))).isEmpty();
        Map<String, ClavinPeer.Resolution> fuzzy = peer.resolve(article("Raqqaa", "Nowhereville"), ClavinPeer.Config.parse("fuzzy=on"));
        assertThat(fuzzy.get("Raqqaa").geonameId()).isEqualTo(5);
        assertThat(fuzzy).doesNotContainKey("Nowhereville");
    }

    @Test
    void runWritesAResultPerNameAndARatePerConfiguration() throws Exception {
        Path names = Files.writeString(dir.resolve("names.tsv"), "a\t0\tMosul\na\t9\tNowhereville\nb\t-1\tRaqqa\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("results.tsv");
        List<ClavinPeer.Config> configs = List.of(ClavinPeer.Config.parse("fuzzy=off"), ClavinPeer.Config.parse("fuzzy=on,maxHitDepth=1"));
        peer.run(ClavinPeer.readNames(names), configs, 0.01, out);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(8);
        assertThat(lines.get(0)).isEqualTo("clavin fuzzy=off,maxHitDepth=5,maxContextWindow=5\ta\tMosul\t36.335\t43.119\t1");
        assertThat(lines.get(1)).isEqualTo("clavin fuzzy=off,maxHitDepth=5,maxContextWindow=5\ta\tNowhereville\t\t\t");
        assertThat(lines.get(3)).startsWith("#rate\tclavin fuzzy=off,maxHitDepth=5,maxContextWindow=5\t").matches("#rate\\tclavin \\S+\\t[1-9]\\d*\\t\\d+\\.\\d{4}\\t\\d+\\.\\d{4}");
        assertThat(lines.get(7)).startsWith("#rate\tclavin fuzzy=on,maxHitDepth=1,maxContextWindow=5\t");
    }

    @Test
    void badInputIsNamed() throws Exception {
        Path names = Files.writeString(dir.resolve("bad.tsv"), "a\tnine\tMosul\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ClavinPeer.readNames(names)).hasMessageContaining("bad.tsv: line 1: position 'nine'");
        assertThatThrownBy(() -> ClavinPeer.Config.parse("fuzy=on")).hasMessageContaining("unknown key");
        assertThatThrownBy(() -> ClavinPeer.buildIndex(dir.resolve("missing.txt"), dir.resolve("i2"))).hasMessageContaining("missing.txt");
    }
}
