package org.frontline.ingest;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filter's hand-written tests give what the patterns they replaced or guard give, on texts made to hit their
 * edges: word starts after underscores, digits and non-spacing marks, non-ASCII letters and numbers, surrogate
 * pairs, line breaks and other white space, the copyright sign, and the phrases themselves in either case.
 */
class BoilerplateShortcutsTest {

    private static final String[] PIECES = {"sign up now", "Sign In to", "SKIP TO MAIN CONTENT", "newsletter", "newsletters",
            "5 min read", "12minutes read", "e-mail address", "your email", "©", "click here", "Read More", "share this", "share",
            "republished", "SKIP NAVIGATION", "log in to", "Subscribe today", "your inbox", "Enter your", "Leave a reply",
            "be the first to comment", "Comments are closed", "comment is closed", "post a comment", "Share on", "follow us",
            "continue reading", "1 minute read", "All Rights Reserved", "privacy policy", "Terms of Service", "accept cookies",
            "uses cookies", "fill out this form", "can be found here", "download our app", "_", "x", "é", "\u0301", "Ⅻ", "½", "٣", "𝐀", "\uD835", " ", "  ", "\t", "\n", "\u00A0", "\u2003",
            "-", "'", ".", "a", "the", "Photo:", "picture by", "IMAGE courtesy", "(file photo)", "Getty Images", "photograph credit",
            "2019-08-23", "12:40", "GMT+3", "utc", "Sunday, September 22, 2019", "27 May", "ＧＭＴ", "İ", "K", "9"};

    private static List<String> texts() {
        Random random = new Random(14);
        List<String> texts = new ArrayList<>(List.of("", " ", "_sign up now", "9click here", "a©b", "é share this", "\u0301share this"));
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            texts.add(text.toString());
        }
        return texts;
    }

    @Test
    void uiPhrasesAreFoundWhereThePatternFindsThem() {
        int found = 0;
        for (String text : texts()) {
            boolean expected = BoilerplateFilter.UI_PHRASE.matcher(text).find();
            assertThat(BoilerplateFilter.hasUiPhrase(text)).as("%s", text).isEqualTo(expected);
            found += expected ? 1 : 0;
        }
        assertThat(found).isGreaterThan(1000);
    }

    @Test
    void everyTextWithAUiPhraseHoldsAStem() {
        int phrases = 0;
        for (String text : texts()) {
            if (BoilerplateFilter.UI_PHRASE.matcher(text).find()) {
                phrases++;
                String lower = text.toLowerCase(Locale.ROOT);
                assertThat(BoilerplateFilter.UI_STEMS).as("%s", text).anyMatch(lower::contains);
            }
        }
        assertThat(phrases).isGreaterThan(1000);
    }

    @Test
    void keysAreTheWordsAsThePatternSplitThem() {
        Pattern notWord = Pattern.compile("[^\\p{L}\\p{N}]+");
        for (String text : texts()) {
            assertThat(BoilerplateFilter.key(text)).as("%s", text)
                    .isEqualTo(notWord.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip());
        }
    }

    @Test
    void wordsAreCountedAsSplittingAtWhiteSpaceCounted() {
        Pattern space = Pattern.compile("\\s+");
        for (String text : texts()) {
            assertThat(BoilerplateFilter.wordCount(text)).as("%s", text)
                    .isEqualTo(text.isBlank() ? 0 : space.split(text.strip()).length);
        }
    }

    @Test
    void everyTextNamingAPhotoHoldsAStem() {
        int photos = 0;
        for (String text : texts()) {
            if (BoilerplateFilter.PHOTO_WORDS.matcher(text).find()) {
                photos++;
                String lower = text.toLowerCase(Locale.ROOT);
                assertThat(BoilerplateFilter.PHOTO_STEMS).as("%s", text).anyMatch(lower::contains);
            }
        }
        assertThat(photos).isGreaterThan(1000);
    }

    @Test
    void aLineWithADateOrTimePartIsNeverSkipped() {
        int parts = 0;
        for (String text : texts()) {
            if (DateStamp.PART.matcher(text).find()) {
                parts++;
                assertThat(DateStamp.mayHoldPart(text)).as("%s", text).isTrue();
            }
        }
        assertThat(parts).isGreaterThan(1000);
        assertThat(DateStamp.mayHoldPart("Rebels take the town of Jarablus")).isFalse();
    }
}
