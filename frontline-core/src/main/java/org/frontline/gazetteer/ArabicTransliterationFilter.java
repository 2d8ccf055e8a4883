package org.frontline.gazetteer;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;

/**
 * Writes Arabic (and Persian and Kurdish) letters in Latin the way English-language news does, so that Arabic-script
 * names fold to the same keys as their transliterations: long vowels as vowels, ayn and hamza as nothing,
 * ta marbuta as "a". Short vowels are not written in Arabic script and cannot be recovered; Arabic names
 * match the Arabic alternate names of the gazetteer, and Latin names that spell only long vowels.
 * A hand-written table: ICU's Arabic-Latin transliterator writes scholarly marks (ʿ, ā, ṣ) that would
 * need folding again and does not drop the article.
 */
final class ArabicTransliterationFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final StringBuilder latin = new StringBuilder();

    ArabicTransliterationFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] b = term.buffer();
        int n = term.length();
        boolean arabic = false;
        for (int i = 0; i < n && !arabic; i++) {
            arabic = b[i] >= '\u0600' && b[i] <= '\u06FF';
        }
        if (arabic) {
            latin.setLength(0);
            for (int i = 0; i < n; i++) {
                latin.append(latin(b[i]));
            }
            term.setEmpty().append(latin);
        }
        return true;
    }

    static String latin(char c) {
        return switch (c) {
            case 'ا', 'أ', 'آ', 'ى', 'ة', 'ە' -> "a";
            case 'إ' -> "i";
            case 'ب' -> "b";
            case 'پ' -> "p";
            case 'ت', 'ط' -> "t";
            case 'ث' -> "th";
            case 'ج' -> "j";
            case 'چ' -> "ch";
            case 'ح', 'ه', 'ھ', 'ہ' -> "h";
            case 'خ' -> "kh";
            case 'د', 'ض' -> "d";
            case 'ذ' -> "dh";
            case 'ر', 'ڕ' -> "r";
            case 'ز', 'ظ', 'ژ' -> "z";
            case 'س', 'ص' -> "s";
            case 'ش' -> "sh";
            case 'ع', 'ء' -> "";
            case 'غ' -> "gh";
            case 'ف' -> "f";
            case 'ڤ' -> "v";
            case 'ق' -> "q";
            case 'ك', 'ک' -> "k";
            case 'گ' -> "g";
            case 'ل', 'ڵ' -> "l";
            case 'م' -> "m";
            case 'ن' -> "n";
            case 'و', 'ؤ', 'ۆ' -> "u";
            case 'ي', 'ی', 'ئ', 'ێ' -> "i";
            // a letter not in the table stays as it is: dropping it would make keys of other names
            default -> Character.isDigit(c) ? String.valueOf(Character.getNumericValue(c))
                    : Character.isLetter(c) ? String.valueOf(c) : "";
        };
    }
}
