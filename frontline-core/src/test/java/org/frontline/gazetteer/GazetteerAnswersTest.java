package org.frontline.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.frontline.model.Place;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerAnswersTest {
    @TempDir
    Path dir;

    private final List<String> asked = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    /** A stand-in gazetteer that knows two towns and counts what it is asked. */
    private final Function<String, Place> gazetteer = name -> {
        asked.add(name);
        return switch (name) {
            case "Northtown" -> new Place("Northtown", 36.25, 40.5, "test:1", false, 0);
            case "Offset village" -> new Place("Offset village", 35.125, 41.0, "offset:Northtown", true, 10.5);
            default -> Place.named(name);
        };
    };

    private GazetteerAnswers answers(String fingerprint) {
        return new GazetteerAnswers(dir, fingerprint, gazetteer, warnings::add);
    }

    @Test
    void anAnswerGivenOnceIsReadBackByTheNextRunWithoutAskingTheGazetteer() {
        Place first = answers("aaaa").resolve("Northtown");
        Place approximate = answers("aaaa").resolve("Offset village");
        assertThat(asked).containsExactly("Northtown", "Offset village");

        GazetteerAnswers nextRun = answers("aaaa");
        assertThat(nextRun.resolve("Northtown")).isEqualTo(first);
        assertThat(nextRun.resolve("Offset village")).isEqualTo(approximate);
        assertThat(asked).containsExactly("Northtown", "Offset village");
        assertThat(warnings).isEmpty();
    }

    @Test
    void anotherGazetteerAsksAgain() {
        answers("aaaa").resolve("Northtown");
        answers("bbbb").resolve("Northtown");
        assertThat(asked).containsExactly("Northtown", "Northtown");
    }

    @Test
    void withoutAFingerprintOrADirectoryNothingIsKept() {
        answers(null).resolve("Northtown");
        answers(null).resolve("Northtown");
        new GazetteerAnswers(null, "aaaa", gazetteer, warnings::add).resolve("Northtown");
        new GazetteerAnswers(null, "aaaa", gazetteer, warnings::add).resolve("Northtown");
        assertThat(asked).hasSize(4);
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void unknownNamesAndNamesThatDoNotFitALineAreAskedEveryTime() {
        assertThat(answers("aaaa").resolve("Nowhere").resolved()).isFalse();
        assertThat(answers("aaaa").resolve("Nowhere").resolved()).isFalse();
        answers("aaaa").resolve("North\ttown");
        answers("aaaa").resolve("North\ttown");
        assertThat(asked).containsExactly("Nowhere", "Nowhere", "North\ttown", "North\ttown");
    }

    @Test
    void aDamagedFileIsAskedAgainAndRewritten() throws IOException {
        answers("aaaa").resolve("Northtown");
        Path file = dir.resolve("places-aaaa.tsv");
        Files.writeString(file, "Northtown\tNorthtown\tnot a number\t40.5\t\tfalse\t0.0\n");
        assertThat(answers("aaaa").resolve("Northtown").lat()).isEqualTo(36.25);
        assertThat(asked).containsExactly("Northtown", "Northtown");
        assertThat(answers("aaaa").resolve("Northtown").lat()).isEqualTo(36.25);
        assertThat(asked).hasSize(2);
    }

    @Test
    void aDirectoryThatCannotBeWrittenIsWarnedAndTheAnswerStillGiven() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("file"), "x");
        GazetteerAnswers answers = new GazetteerAnswers(notADirectory, "aaaa", gazetteer, warnings::add);
        assertThat(answers.resolve("Northtown").resolved()).isTrue();
        assertThat(warnings).singleElement().asString().contains("cannot keep the gazetteer's answers");
    }

    @Test
    void theFingerprintOfClassesOutsideAJarIsNone() {
        // the tests run from target/classes: no jar to tell the code's version by
        assertThat(GazetteerLoader.fingerprint(dir)).isNull();
    }
}
