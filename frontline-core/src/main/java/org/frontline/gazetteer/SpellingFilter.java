package org.frontline.gazetteer;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;

/**
 * Folds the letters that English, French and German transliterations of Arabic spell differently:
 * kh/h, dh/z, gh/g, dzh and zh/j (Russian wires), q/k, ou and oo/u (but ou before a vowel/uw, French: "Kairouan"),
 * ee/i, ea/ia, e/a, o/u, y/i, "aw" before a consonant/u ("Zawr", "Zor"), a doubled last "aa" ("Daraa", "Dar'a") and a
 * trailing h or a ("Raqqa", "Raqqah"). Runs on lower-case ASCII words; doubled letters are left to
 * {@link JoinFilter}, which sees the whole name.
 */
final class SpellingFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    SpellingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String folded = fold(term.toString());
        term.setEmpty().append(folded);
        return true;
    }

    static String fold(String word) {
        StringBuilder s = new StringBuilder(word.length());
        int n = word.length();
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            char next = i + 1 < n ? word.charAt(i + 1) : 0;
            if (c == 'd' && next == 'z' && i + 2 < n && word.charAt(i + 2) == 'h') {
                s.append('j'); // dzh: the Russian transliteration of j ("Dzharablus")
                i += 2;
            } else if (c == 'z' && next == 'h') {
                s.append('j'); // zh
                i++;
            } else if (next == 'h' && (c == 'k' || c == 'd' || c == 'g' || c == 'p')) {
                s.append(c == 'k' ? 'h' : c == 'd' ? 'z' : c == 'g' ? 'g' : 'f'); // kh, dh, gh, ph
                i++;
            } else if (c == 'o' && next == 'u' && i + 2 < n && isVowelLetter(word.charAt(i + 2))) {
                s.append(i == 0 ? "w" : "uw"); // French ou before a vowel: "Ouadi" is Wadi, "Souaida" Suwaida
                i++;
            } else if (c == 'e' && next == 'a') {
                s.append('i'); // e before a is a kasra before ayn or a vowel: "Rabeaa" is Rabi'a
            } else if ((c == 'o' && (next == 'u' || next == 'o')) || (c == 'e' && next == 'e')) {
                s.append(c == 'e' ? 'i' : 'u'); // ou, oo, ee
                i++;
            } else if (c == 'c' && next == 'k') {
                s.append('k');
                i++;
            } else {
                s.append(switch (c) {
                    case 'q' -> 'k';
                    case 'e' -> 'a';
                    case 'o' -> 'u';
                    case 'y' -> 'i';
                    default -> c;
                });
            }
        }
        for (int i = 0; i + 1 < s.length(); i++) { // "aw" before a consonant or at the end is a long u
            if (s.charAt(i) == 'a' && s.charAt(i + 1) == 'w' && (i + 2 == s.length() || !isVowel(s.charAt(i + 2)))) {
                s.replace(i, i + 2, "u");
            }
        }
        int len = s.length();
        if (len > 2 && s.charAt(len - 1) == 'h' && isVowel(s.charAt(len - 2))) {
            s.setLength(--len);
        }
        if (len > 3 && s.charAt(len - 1) == 'a' && s.charAt(len - 2) == 'a') {
            s.setLength(--len); // a doubled last vowel is a vowel and an ayn: "Daraa" is Dar'a
        }
        if (len > 3 && s.charAt(len - 1) == 'a') {
            s.setLength(len - 1);
        }
        return s.toString();
    }

    /** A vowel letter before the folding (e, o and y not yet written a, u, i). */
    private static boolean isVowelLetter(char c) {
        return isVowel(c) || c == 'e' || c == 'o';
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'i' || c == 'u';
    }
}
