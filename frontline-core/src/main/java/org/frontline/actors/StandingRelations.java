package org.frontline.actors;

import org.frontline.model.RelationType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Relations between actors that hold over years (who backs whom, who fights whom), read from an editable
 * tab-separated file. The extractor uses them to name the other side of an event the text leaves implicit;
 * the terrain uses them to derive coalitions.
 */
public final class StandingRelations {
    private static final String DEFAULT = "/org/frontline/actors/relations.tsv";

    /** A relation in force from {@code fromYear} to {@code toYear} inclusive (null: still in force). */
    public record Standing(String source, RelationType type, String target, int fromYear, Integer toYear) {
        public boolean inForce(int year) {
            return year >= fromYear && (toYear == null || year <= toYear);
        }

        public boolean links(String a, String b) {
            return (source.equals(a) && target.equals(b)) || (type.symmetric() && source.equals(b) && target.equals(a));
        }
    }

    private final List<Standing> relations;

    private StandingRelations(List<Standing> relations) {
        this.relations = List.copyOf(relations);
    }

    public static StandingRelations loadDefault() {
        try (InputStream in = StandingRelations.class.getResourceAsStream(DEFAULT)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Standing> list = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                if (c.length < 4) {
                    throw new IllegalArgumentException(DEFAULT + ":" + number + ": expected source, type, target, from_year[, to_year]");
                }
                Integer to = c.length > 4 && !c[4].isBlank() ? Integer.valueOf(c[4].trim()) : null;
                list.add(new Standing(c[0].trim(), RelationType.fromCode(c[1].trim()), c[2].trim(), Integer.parseInt(c[3].trim()), to));
            }
            return new StandingRelations(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Standing> all() {
        return relations;
    }

    /** Whether a and b fight each other in the given year; a null year means any year. */
    public boolean hostile(String a, String b, Integer year) {
        return relations.stream().anyMatch(r -> r.type() == RelationType.HOSTILE && r.links(a, b)
                && (year == null || r.inForce(year)));
    }
}
