package org.frontline.model;

import java.util.Locale;

/** The kinds of happening Frontline codes; the names are those of the gold format. */
public enum EventType {
    /** Actor takes control of a place; target is the side that lost it. */
    CAPTURE,
    /** Actor leaves or loses a place and no captor is named. */
    WITHDRAW,
    /** Actor moves toward or reaches a place without a reported control change. */
    ADVANCE,
    /** Armed action by actor against target. */
    ATTACK,
    /** People killed or wounded; actor is the side they belonged to. */
    CASUALTIES,
    /** Actor encircles or cuts off a place held by target. */
    SIEGE,
    /** The text states that actor holds a place at the time it speaks of. */
    HOLD;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventType fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
