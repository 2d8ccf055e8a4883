package org.frontline.gazetteer;

/** How a candidate's name matched the name searched for, best first. */
public enum MatchKind {
    /** the same name, ignoring case */
    EXACT,
    /** the same folded key: another transliteration of the name */
    FOLDED,
    /** a folded key a few edits away: a misspelling or a rarer transliteration */
    FUZZY
}
