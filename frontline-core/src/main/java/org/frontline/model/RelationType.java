package org.frontline.model;

import java.util.Locale;

/** Standing relations between actors; the names are those of the gold format. */
public enum RelationType {
    /** Source arms, funds, trains, advises or supports target. */
    BACKS(false),
    /** Source fights alongside target. */
    ALLIED(true),
    /** Source is a unit of, or reports to, target. */
    PART_OF(false),
    /** Source fights against target as a standing relation. */
    HOSTILE(true);

    private final boolean symmetric;

    RelationType(boolean symmetric) {
        this.symmetric = symmetric;
    }

    public boolean symmetric() {
        return symmetric;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RelationType fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
