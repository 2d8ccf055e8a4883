package org.frontline.gazetteer;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;

/**
 * Joins the words of a name into one token and collapses doubled letters ("Tall Afar" → "talafar",
 * "Raqqa" → "raka"): spaces, hyphens and gemination are what transliterations most often disagree on.
 */
final class JoinFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final StringBuilder joined = new StringBuilder();
    private boolean done;

    JoinFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (done) {
            return false;
        }
        done = true;
        joined.setLength(0);
        int start = -1;
        int end = 0;
        while (input.incrementToken()) {
            for (int i = 0; i < term.length(); i++) {
                char c = term.charAt(i);
                if (joined.isEmpty() || joined.charAt(joined.length() - 1) != c) {
                    joined.append(c);
                }
            }
            start = start < 0 ? offset.startOffset() : start;
            end = offset.endOffset();
        }
        if (joined.isEmpty()) {
            return false;
        }
        clearAttributes();
        term.setEmpty().append(joined);
        offset.setOffset(start, end);
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        done = false;
    }
}
