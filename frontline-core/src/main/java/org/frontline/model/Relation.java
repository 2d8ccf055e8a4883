package org.frontline.model;

/**
 * A standing relation between two actors, tied to the sentence it came from.
 */
public record Relation(RelationType type, String source, String target, String evidence,
                       Provenance provenance, double confidence) {

    /** Source and target in a canonical order for symmetric types, so that equal facts compare equal. */
    public Relation canonical() {
        if (type.symmetric() && source.compareTo(target) > 0) {
            return new Relation(type, target, source, evidence, provenance, confidence);
        }
        return this;
    }
}
