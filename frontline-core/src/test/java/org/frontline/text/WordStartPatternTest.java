package org.frontline.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class WordStartPatternTest {

    private static final String[] PIECES = {"Iraq", "Iraqis", "Syria", "Syrians", "iraq", "West Bank", "sign up", "Sign Up",
            "12 km", "5 min read", "north of", "to the south of", "©", "_", "x", "é", "\u0301", "𝐀", "\uD835", " ", "\n", "-", ".", "9"};

    /** Random texts of the pieces above, each run through a pattern and its word-start form, match by match. */
    private static void assertSameMatches(Pattern pattern, WordStartPattern fast) {
        Random random = new Random(14);
        int matches = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            List<String> expected = new ArrayList<>();
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                expected.add(m.start() + "-" + m.end() + ":" + m.group(1));
            }
            List<String> actual = new ArrayList<>();
            WordStartPattern.Finder f = fast.in(text.toString());
            while (f.find()) {
                actual.add(f.match().start() + "-" + f.match().end() + ":" + f.match().group(1));
            }
            assertThat(actual).as("%s", text).isEqualTo(expected);
            assertThat(fast.foundIn(text.toString())).isEqualTo(!expected.isEmpty());
            matches += expected.size();
        }
        assertThat(matches).isGreaterThan(2000);
    }

    @Test
    void findsWhatTheCaseSensitivePatternFinds() {
        Pattern names = Pattern.compile("\\b(?:(Iraq(?:i|is)?)|(Syrian?s?)|West Bank)\\b");
        assertSameMatches(names, new WordStartPattern(names, c -> c >= 'A' && c <= 'Z'));
    }

    @Test
    void findsWhatTheCaseInsensitivePatternFinds() {
        Pattern phrases = Pattern.compile("(?i)\\b(?:(sign up)|\\d+\\s*min read|(?:to the )?(north|south) of)\\b|(©)");
        assertSameMatches(phrases, new WordStartPattern(phrases, c -> WordStartPattern.isAsciiLetterOrDigit(c) || c == '©'));
    }

    @Test
    void aFirstCharacterLeftOutIsNotTried() {
        Pattern names = Pattern.compile("\\b(Iraq)\\b");
        assertThat(new WordStartPattern(names, c -> c >= 'A' && c <= 'Z').foundIn("in Iraq")).isTrue();
        assertThat(new WordStartPattern(names, c -> c == 'S').foundIn("in Iraq")).isFalse();
        assertThat(new WordStartPattern(names, c -> c >= 'A' && c <= 'Z').foundIn("inIraq")).isFalse();
    }
}
