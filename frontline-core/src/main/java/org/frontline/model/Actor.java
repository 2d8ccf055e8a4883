package org.frontline.model;

/**
 * A party to the conflict, by its canonical id (see {@code actors.tsv}: IS, PMF, SDF, ...).
 * Actors outside the dictionary use ids of the form {@code OTHER:<name>}.
 */
public record Actor(String id, String name) {
    public static final String OTHER_PREFIX = "OTHER:";

    public static String other(String name) {
        return OTHER_PREFIX + name;
    }
}
