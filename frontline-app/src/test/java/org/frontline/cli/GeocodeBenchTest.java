package org.frontline.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The geocoding bench on a corpus of one article written for the test, with the shipped gazetteer. */
class GeocodeBenchTest extends CommandLineTest {
    @TempDir
    Path tmp;

    private Path corpus() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(dir.resolve("a1.txt"), """
                Iraqi forces take Tal Afar

                Iraqi forces recaptured Tal Afar, west of Mosul, and the village of Nowhereville on Sunday.
                """);
        Files.writeString(dir.resolve("a1.json"), """
                {"id": "a1", "events": [
                  {"type": "capture", "actor": "IRQ", "target": "IS", "place_text": "Tal Afar",
                   "places": [{"name": "Tal Afar", "lat": 36.3791, "lon": 42.4481}]},
                  {"type": "capture", "actor": "IRQ", "target": "IS", "place_text": "the village of Nowhereville",
                   "places": [{"name": "Nowhereville", "lat": 36.0, "lon": 42.0}, {"name": "Mosul", "lat": null, "lon": null}]}
                ], "relations": []}
                """);
        return dir;
    }

    @Test
    void frontlineAndAPeerGivenTheExportedGazetteerAreScoredSideBySide() throws Exception {
        // a peer written for the test: it checks that it got the gazetteer in the GeoNames format and places Tal Afar only
        Path peer = Files.writeString(tmp.resolve("peer.sh"), """
                grep -q "^90393\tTall ‘Afar\t" "$2" || exit 4
                awk -F'\t' -v OFS='\t' '{ print "script peer", $1, $3, ($3 == "Tal Afar" ? "36.38\t42.45\t1" : "\t\t") }
                    END { print "#rate", "script peer", "3", "1.0", "0.5" }' "$4" > "$6"
                echo index built
                """);
        assertThat(run("bench", "geocode", corpus().toString(), "--seconds", "0.01", "--gazetteer", tmp.resolve("none").toString(),
                "--peer", "sh " + peer, "--work", tmp.resolve("work").toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("1 articles with named places, 3 distinct names to resolve, 2 gold places")
                .contains("peer        index built");
        // Tal Afar within 15 km, Nowhereville unresolved; Mosul has no gold point, so it is context, not scored
        assertThat(row("frontline")).startsWith("frontline", "2", "0.50", "-", "1", "0");
        assertThat(row("script peer")).containsExactly("script", "peer", "2", "0.50", "-", "1", "0", "3", "6");
        assertThat(Files.readAllLines(tmp.resolve("work/scored.tsv"))).hasSize(5)
                .contains("script peer\ta1\tTal Afar\t36.3791\t42.4481\t36.38\t42.45\t0.2", "script peer\ta1\tNowhereville\t36.0\t42.0\t\t\t");
    }

    private String[] row(String system) {
        return out.toString().lines().filter(l -> l.startsWith(system + " ")).findFirst().orElseThrow().trim().split("\\s+");
    }

    @Test
    void peerResultsAreScoredPerConfigurationAndNamesGoInTextOrder() throws Exception {
        List<GeocodeBench.GoldPlace> gold = new ArrayList<>();
        List<GeocodeBench.GoldArticle> articles = GeocodeBench.readCorpus(corpus(), gold, new PrintWriter(new StringWriter()));
        assertThat(Files.readAllLines(GeocodeBench.writeNames(articles, tmp.resolve("names.tsv"))))
                .containsExactly("a1\t18\tTal Afar", "a1\t70\tMosul", "a1\t96\tNowhereville");
        Path results = Files.writeString(tmp.resolve("results.tsv"), String.join("\n",
                "near\ta1\tTal Afar\t36.38\t42.45\t90393",
                "near\ta1\tNowhereville\t36.0\t43.0\t7",
                "#rate\tnear\t300\t2.0\t1.5",
                "none\ta1\tTal Afar\t\t\t",
                "none\ta1\tNowhereville\t\t\t",
                "#rate\tnone\t100\t1.0\t0.5", ""));
        List<GeocodeBench.Score> scores = GeocodeBench.peerScores(results, gold);
        assertThat(scores).extracting(GeocodeBench.Score::system).containsExactly("near", "none");
        GeocodeBench.Score near = scores.get(0);
        assertThat(near.within()).isEqualTo(0.5);
        assertThat(near.far()).isEqualTo(1); // 1 degree of longitude at 36°N: about 90 km
        assertThat(near.medianKm()).isCloseTo(90, within(1.0));
        assertThat(near.rate().names() / near.rate().cpuSeconds()).isEqualTo(200);
        assertThat(scores.get(1).unresolved()).isEqualTo(2);

        Files.writeString(results, "near\ta1\tTal Afar\tnorth\t42.45\t1\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> GeocodeBench.peerScores(results, gold))
                .hasMessageContaining("results.tsv: line 1 is not a peer result");
    }

    @Test
    void aFailingPeerIsOneLineNamingItsLog() throws Exception {
        assertThat(run("bench", "geocode", corpus().toString(), "--seconds", "0.01", "--gazetteer", tmp.resolve("none").toString(),
                "--peer", "false", "--work", tmp.resolve("work").toString())).isEqualTo(1);
        assertThat(err.toString().lines().reduce((a, b) -> b).orElseThrow()).startsWith("frontline: bench geocode: the peer failed (exit 1)")
                .endsWith("peer.log");
        assertThat(err.toString()).doesNotContain("Exception");
        assertThat(run("bench", "geocode", tmp.resolve("missing").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("missing: not a directory");
    }
}
