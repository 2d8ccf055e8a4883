package org.frontline.gazetteer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * Folds a place name to the one key that its transliterations share, so that "al-Ba'aj", "Al Ba‘āj", "Baaj"
 * and "البعاج" all become {@code baj}. The chain: apostrophes and ayn/hamza marks dropped (a char filter),
 * words split at anything not a letter or digit, lower case, Latin accents folded, a mountain written "jabal" first
 * ({@link MountainFilter}), articles dropped
 * ({@link ArticleFilter}), Arabic script transliterated ({@link ArabicTransliterationFilter}), spelling
 * variants folded ({@link SpellingFilter}), and the words joined with doubled letters collapsed
 * ({@link JoinFilter}). The whole name becomes one token, because "Tal Afar" and "Talafar" are one name.
 */
public final class PlaceNameAnalyzer extends Analyzer {
    private static final PlaceNameAnalyzer SHARED = new PlaceNameAnalyzer();

    /** Marks that transliterations write for ayn and hamza, or for nothing; Arabic vowel signs. */
    private static final NormalizeCharMap MARKS = marks();

    private static NormalizeCharMap marks() {
        NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
        for (String mark : new String[] {"'", "`", "´", "‘", "’", "ʿ", "ʾ", "ʼ", "ʻ", "′", "ʹ"}) {
            b.add(mark, "");
        }
        for (char c = '\u064B'; c <= '\u0652'; c++) { // tanwin, harakat, shadda, sukun
            b.add(String.valueOf(c), "");
        }
        b.add("\u0640", ""); // tatweel, a stretch of the line
        return b.build();
    }

    /** The folded key of a name; empty when the name has no letters or digits. Thread-safe. */
    public static String fold(String name) {
        try (TokenStream ts = SHARED.tokenStream("name", name)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            String folded = ts.incrementToken() ? term.toString() : "";
            ts.end();
            return folded;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fold " + name, e); // a StringReader does not fail
        }
    }

    /**
     * A folded key with every short vowel written alike ("amirli" and "amarli" are {@code amarla}): names that
     * differ in their short vowels only, which Arabic script leaves unwritten. A run of vowels (a long vowel, a
     * diphthong, a vowel and an ayn: "ai" in "mudair") is written {@code aa} and stays apart from a single vowel.
     */
    public static String vowelKey(String folded) {
        StringBuilder s = new StringBuilder(folded.length());
        int n = folded.length();
        for (int i = 0; i < n; i++) {
            if (isVowel(folded.charAt(i))) {
                int run = i;
                while (i + 1 < n && isVowel(folded.charAt(i + 1))) {
                    i++;
                }
                s.append(i > run ? "aa" : "a");
            } else {
                s.append(folded.charAt(i));
            }
        }
        return s.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'i' || c == 'u' || c == 'e' || c == 'o';
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(MARKS, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = CharTokenizer.fromTokenCharPredicate(Character::isLetterOrDigit);
        TokenStream s = new LowerCaseFilter(words);
        s = new ASCIIFoldingFilter(s);
        s = new MountainFilter(s);
        s = new ArticleFilter(s);
        s = new ArabicTransliterationFilter(s);
        s = new SpellingFilter(s);
        s = new JoinFilter(s);
        return new TokenStreamComponents(words, s);
    }
}
