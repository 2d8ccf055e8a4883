package org.frontline.store;

import org.frontline.model.Provenance;
import org.frontline.model.Relation;
import org.frontline.model.RelationType;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Stored relations between actors (allied, backs, part of, hostile), read back for coalitions. */
public final class Relations {
    private final Store store;

    Relations(Store store) {
        this.store = store;
    }

    /**
     * The relations stated by articles published on or before the day, oldest article first. Relations carry no
     * dates of their own: what the news said up to a day is what was in force as far as the store knows.
     */
    public List<Relation> publishedUpTo(LocalDate day) {
        return store.inTransaction(c -> {
            List<Relation> relations = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT r.type, r.source_actor, r.target_actor, r.confidence,"
                    + " p.article_id, p.sentence_index, p.start_offset, p.end_offset, p.evidence FROM relations r"
                    + " JOIN articles a ON a.id = r.article_id JOIN provenance p ON p.id = r.provenance_id"
                    + " WHERE a.published IS NOT NULL AND a.published <= ? ORDER BY a.published, r.id")) {
                Rows.setDate(select, 1, day);
                try (ResultSet r = select.executeQuery()) {
                    while (r.next()) {
                        relations.add(new Relation(RelationType.valueOf(r.getString(1)), r.getString(2), r.getString(3), r.getString(9),
                                new Provenance(r.getString(5), r.getInt(6), r.getInt(7), r.getInt(8)), r.getDouble(4)));
                    }
                }
            }
            return relations;
        });
    }
}
