package org.frontline.gazetteer;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.util.List;

/**
 * Drops the Arabic definite article, which transliterations write as its own word (al-, el-, and the
 * assimilated ad-, ash-, ar-, az-, a- …), glue to the next word ("Ezzor" for "ez-Zor"), or write in Arabic
 * script (ال). A name that is only an article keeps it.
 */
final class ArticleFilter extends TokenFilter {
    private static final CharArraySet ARTICLES = new CharArraySet(List.of(
            "al", "el", "il", "ul", "a", "ad", "ed", "adh", "ar", "er", "as", "es", "ash", "esh", "at", "et", "ath",
            "az", "ez", "an", "en"), false);
    private static final String SUN_LETTERS = "tdrzsn";

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private boolean first = true;
    private boolean exhausted;

    ArticleFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (exhausted || !input.incrementToken()) {
            return false;
        }
        while (ARTICLES.contains(term.buffer(), 0, term.length())) {
            State article = captureState();
            if (!input.incrementToken()) {
                restoreState(article); // the article is the whole rest of the name: keep it
                exhausted = true;
                break;
            }
        }
        char[] b = term.buffer();
        int n = term.length();
        if (n > 3 && b[0] == 'ا' && b[1] == 'ل') {
            term.copyBuffer(b, 2, n - 2);
        } else if (!first && n >= 5 && (b[0] == 'a' || b[0] == 'e') && b[1] == b[2] && SUN_LETTERS.indexOf(b[1]) >= 0) {
            term.copyBuffer(b, 1, n - 1); // "ezzor" is "ez-zor"
        }
        first = false;
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        first = true;
        exhausted = false;
    }
}
