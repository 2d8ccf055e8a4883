package org.frontline.terrain;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import org.frontline.model.Relation;
import org.frontline.model.RelationType;

/**
 * A coalition derived from relations: the seed actors, everyone allied with or part of (or parent of) a member,
 * transitively, and the direct backers and clients of those members. Backing is not followed further, because a
 * patron backing two sides (the US backing both Baghdad and the SDF) does not make those sides one coalition.
 * Actors hostile to a seed are never members. The caller passes the relations in force at the date.
 */
public final class Coalition {
    private Coalition() {
    }

    public static Set<String> derive(Collection<String> seeds, Collection<Relation> relations) {
        Set<String> hostile = new LinkedHashSet<>();
        for (Relation r : relations) {
            if (r.type() == RelationType.HOSTILE) {
                if (seeds.contains(r.source())) {
                    hostile.add(r.target());
                }
                if (seeds.contains(r.target())) {
                    hostile.add(r.source());
                }
            }
        }
        Set<String> core = new LinkedHashSet<>(seeds);
        Deque<String> todo = new ArrayDeque<>(seeds);
        while (!todo.isEmpty()) {
            String member = todo.pop();
            for (Relation r : relations) {
                if (r.type() != RelationType.ALLIED && r.type() != RelationType.PART_OF) {
                    continue;
                }
                String other = r.source().equals(member) ? r.target() : r.target().equals(member) ? r.source() : null;
                if (other != null && !hostile.contains(other) && core.add(other)) {
                    todo.push(other);
                }
            }
        }
        Set<String> coalition = new LinkedHashSet<>(core);
        for (Relation r : relations) {
            if (r.type() == RelationType.BACKS) {
                if (core.contains(r.target()) && !hostile.contains(r.source())) {
                    coalition.add(r.source());
                }
                if (core.contains(r.source()) && !hostile.contains(r.target())) {
                    coalition.add(r.target());
                }
            }
        }
        return coalition;
    }
}
