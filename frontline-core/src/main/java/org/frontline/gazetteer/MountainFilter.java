package org.frontline.gazetteer;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes a mountain the Arabic way, "jabal" first: "Sinjar Mountains", "Mount Sinjar", "Mt Sinjar", "Jebel Sinjar"
 * and "Jabal Sinjar" are one name, as English news and Arabic-derived maps name it. Runs on lower-case ASCII
 * words before the articles are dropped; a name that is only the word ("Jabal") is left as it is.
 */
final class MountainFilter extends TokenFilter {
    /** The word before the name: English or a transliteration of jabal. */
    private static final Set<String> BEFORE = Set.of("mount", "mt", "jabal", "jebel", "jabel", "jbel", "djebel");
    /** The word after the name in English. */
    private static final Set<String> AFTER = Set.of("mountains", "mountain", "mount", "mts", "mt");
    static final String JABAL = "jabal";

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    /** The name's words and their offsets; only the words matter downstream, the offsets for the name's span. */
    private final List<String> texts = new ArrayList<>();
    private final List<int[]> offsets = new ArrayList<>();
    private int next = -1;

    MountainFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (next < 0) {
            readAll();
        }
        if (next >= texts.size()) {
            return false;
        }
        clearAttributes();
        term.setEmpty().append(texts.get(next));
        offset.setOffset(offsets.get(next)[0], offsets.get(next)[1]);
        next++;
        return true;
    }

    /** Buffers the name's words; when a mountain word ends or starts a longer name, "jabal" leads it. */
    private void readAll() throws IOException {
        while (input.incrementToken()) {
            texts.add(term.toString());
            offsets.add(new int[] {offset.startOffset(), offset.endOffset()});
        }
        next = 0;
        int n = texts.size();
        if (n < 2) {
            return;
        }
        if (AFTER.contains(texts.get(n - 1)) && !BEFORE.contains(texts.get(0))) {
            texts.remove(n - 1); // the words move one place on; each position keeps its offsets
            texts.add(0, JABAL);
        } else if (BEFORE.contains(texts.get(0))) {
            texts.set(0, JABAL);
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        texts.clear();
        offsets.clear();
        next = -1;
    }
}
