package org.frontline.gazetteer;

import java.util.List;

/**
 * A place a name may refer to, with its score and the reasons for it.
 *
 * @param place   the gazetteer place
 * @param match   how the name matched
 * @param folded  the folded key searched for
 * @param edits   edits between the folded keys (0 unless fuzzy)
 * @param score   higher is likelier; comparable among the candidates of one search
 * @param reasons why, in words ("folded name 'baj'", "in IQ, the article's country", "12 km from Sinjar")
 */
public record Candidate(GazetteerEntry place, MatchKind match, String folded, int edits, double score, List<String> reasons) {
    public Candidate {
        reasons = List.copyOf(reasons);
    }
}
