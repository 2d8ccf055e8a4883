package org.frontline.gazetteer;

/** How a candidate's name matched the name searched for, best first. */
public enum MatchKind {
    /** the same name, ignoring case */
    EXACT,
    /** the same folded key: another transliteration of the name */
    FOLDED,
    /** the name without the kind of site it ends in ("Fatha Bridge" as Fatha): the site is named after its town */
    WITHOUT_SITE,
    /** the same consonants with other vowels ("Amerli", "Amirli"): Arabic script does not write short vowels */
    VOWELS,
    /** a folded key a few edits away: a misspelling or a rarer transliteration */
    FUZZY;

    /** Whether the match is the name itself in another writing, good enough to anchor an article's other places. */
    public boolean sameName() {
        return this == EXACT || this == FOLDED || this == WITHOUT_SITE;
    }
}
