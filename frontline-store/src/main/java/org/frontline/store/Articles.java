package org.frontline.store;

import org.frontline.model.Article;
import org.frontline.model.Event;
import org.frontline.model.Extraction;
import org.frontline.model.Place;
import org.frontline.model.Provenance;
import org.frontline.model.Relation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Stored articles with their events, relations and provenance: each article written in one transaction. */
public final class Articles {
    /** What happened to an article handed to the store. */
    public enum Outcome { ADDED, DUPLICATE }

    private final Store store;

    Articles(Store store) {
        this.store = store;
    }

    /**
     * Stores an extraction unless its article is already there: the same URL or the same normalised text
     * changes nothing. An article whose id is taken by a different text is stored under the id and a
     * short hash of its text, so that two pages both named {@code index.html} are both kept.
     */
    public Outcome add(Extraction extraction, String engineVersion) {
        return add(extraction, TextFingerprint.of(extraction.article().fullText()), engineVersion);
    }

    /** As {@link #add(Extraction, String)}, with the fingerprint of the article's full text computed beforehand. */
    public Outcome add(Extraction extraction, TextFingerprint fingerprint, String engineVersion) {
        try {
            return insert(extraction, fingerprint, engineVersion);
        } catch (StoreException e) {
            // another process stored the same article between the check and the insert (PostgreSQL lets several
            // ingest at once): the check, run again, now sees it
            if (SqlErrors.isUniqueViolation(e.getCause())) {
                return insert(extraction, fingerprint, engineVersion);
            }
            throw e;
        }
    }

    /** An extraction to store, with the fingerprint of its article's full text. */
    public record Pending(Extraction extraction, TextFingerprint fingerprint) {
    }

    /** What became of a pending article: its outcome, or the unexpected error it failed on (then outcome is null). */
    public record Result(Outcome outcome, RuntimeException failure) {
    }

    /**
     * Stores articles as {@link #add} does, all in one transaction (one commit for many articles is most of the
     * speed of a long ingest). An article whose writing fails on an unexpected error is rolled back alone and
     * reported in its place, the others are committed: the batch is written first without savepoints, and only when
     * one of its articles fails (or another process stored one of them meanwhile, PostgreSQL) is it rolled back and
     * written again, each article under a savepoint of its own. A savepoint per article made SQLite copy every page
     * the batch had already changed into its sub-journal before changing it again: a large part of the writer's
     * time, paid for failures that almost never happen. A database error (a full disk, a lost connection) rolls the
     * whole transaction back and throws, as {@link #add} does.
     *
     * @return one result per pending article, in order
     */
    public List<Result> addAll(List<Pending> pending, String engineVersion) {
        try {
            return store.inTransaction(c -> {
                List<Result> results = new ArrayList<>(pending.size());
                try (Writer writer = new Writer(c)) {
                    for (Pending p : pending) {
                        results.add(new Result(writer.insertOrRetry(p.extraction(), p.fingerprint(), engineVersion), null));
                    }
                }
                return results;
            });
        } catch (UnderSavepoints rolledBack) {
            return store.inTransaction(c -> {
                List<Result> results = new ArrayList<>(pending.size());
                try (Writer writer = new Writer(c)) {
                    for (Pending p : pending) {
                        results.add(addUnderSavepoint(c, writer, p, engineVersion));
                    }
                }
                return results;
            });
        }
    }

    /** Thrown out of a batch written without savepoints, after which {@link Store#inTransaction} rolls it back: write it again under savepoints. */
    private static final class UnderSavepoints extends RuntimeException {
        UnderSavepoints(Exception cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    private static Result addUnderSavepoint(Connection c, Writer writer, Pending p, String engineVersion) throws SQLException {
        Savepoint savepoint = c.setSavepoint();
        try {
            Outcome outcome;
            try {
                outcome = writer.insert(p.extraction(), p.fingerprint(), engineVersion);
            } catch (SQLException e) {
                // as in add: another process stored the same article since the check (PostgreSQL); checked again
                if (!SqlErrors.isUniqueViolation(e)) {
                    throw e;
                }
                c.rollback(savepoint);
                outcome = writer.insert(p.extraction(), p.fingerprint(), engineVersion);
            }
            c.releaseSavepoint(savepoint);
            return new Result(outcome, null);
        } catch (RuntimeException e) {
            c.rollback(savepoint);
            c.releaseSavepoint(savepoint);
            return new Result(null, e);
        }
    }

    /**
     * The id under which an article is stored: the article with its URL, else the one with its normalised text (as
     * {@link #add} tells duplicates); empty when it is not stored.
     */
    public Optional<String> storedIdOf(Article article) {
        String hash = TextFingerprint.of(article.fullText()).normalizedHash();
        return store.inTransaction(c -> {
            Optional<String> byUrl = article.url() == null ? Optional.empty() : firstId(c, "SELECT id FROM articles WHERE url = ?", article.url());
            return byUrl.isPresent() ? byUrl : firstId(c, "SELECT id FROM articles WHERE normalized_hash = ? ORDER BY id", hash);
        });
    }

    private static Optional<String> firstId(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            select.setString(1, value);
            try (ResultSet r = select.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        }
    }

    private Outcome insert(Extraction extraction, TextFingerprint fingerprint, String engineVersion) {
        return store.inTransaction(c -> {
            try (Writer writer = new Writer(c)) {
                return writer.insert(extraction, fingerprint, engineVersion);
            }
        });
    }

    /** Replaces what was extracted from a stored article (after an engine upgrade), in one transaction. */
    public void replace(String articleId, Extraction extraction, String engineVersion) {
        store.inTransaction(c -> {
            for (String sql : List.of(
                    "DELETE FROM event_places WHERE event_id IN (SELECT id FROM events WHERE article_id = ?)",
                    "DELETE FROM events WHERE article_id = ?",
                    "DELETE FROM relations WHERE article_id = ?",
                    "DELETE FROM provenance WHERE article_id = ?")) {
                try (PreparedStatement delete = c.prepareStatement(sql)) {
                    delete.setString(1, articleId);
                    delete.executeUpdate();
                }
            }
            try (PreparedStatement update = c.prepareStatement("UPDATE articles SET engine_version = ? WHERE id = ?")) {
                update.setString(1, engineVersion);
                update.setString(2, articleId);
                update.executeUpdate();
            }
            try (Writer writer = new Writer(c)) {
                writer.writeFindings(articleId, extraction);
            }
            return null;
        });
    }

    /**
     * The statements that store articles, prepared once per transaction and reused for each of its articles:
     * preparing a dozen statements per article was a large part of the writer's time.
     */
    private static final class Writer implements AutoCloseable {
        private final List<PreparedStatement> statements = new ArrayList<>();
        private final PreparedStatement byUrl;
        private final PreparedStatement byHash;
        private final PreparedStatement byId;
        private final PreparedStatement article;
        private final PreparedStatement provenance;
        private final PreparedStatement event;
        private final PreparedStatement place;
        private final PreparedStatement relation;
        private Incidents.IncidentWriter incidents;

        Writer(Connection c) throws SQLException {
            try {
                byUrl = prepare(c, "SELECT 1 FROM articles WHERE url = ?");
                byHash = prepare(c, "SELECT 1 FROM articles WHERE normalized_hash = ?");
                byId = prepare(c, "SELECT 1 FROM articles WHERE id = ?");
                article = prepare(c, "INSERT INTO articles (id, url, source, published, title, text, content_hash,"
                        + " normalized_hash, minhash, engine_version, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                provenance = prepare(c, "INSERT INTO provenance (article_id, sentence_index, start_offset, end_offset, evidence)"
                        + " VALUES (?, ?, ?, ?, ?)" + Rows.RETURNING_ID);
                event = prepare(c, "INSERT INTO events (article_id, ordinal, type, event_date, date_text, actor, target,"
                        + " place_text, count, confidence, provenance_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" + Rows.RETURNING_ID);
                place = prepare(c, "INSERT INTO event_places (event_id, ordinal, name, lat, lon, coord_source, approximate,"
                        + " uncertainty_km) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                relation = prepare(c, "INSERT INTO relations (article_id, type, source_actor, target_actor, confidence,"
                        + " provenance_id) VALUES (?, ?, ?, ?, ?, ?)");
                incidents = new Incidents.IncidentWriter(c);
            } catch (SQLException e) {
                close();
                throw e;
            }
        }

        private PreparedStatement prepare(Connection c, String sql) throws SQLException {
            PreparedStatement s = c.prepareStatement(sql);
            statements.add(s);
            return s;
        }

        /** As {@link #insert}, where an article that fails, or is found stored by another process meanwhile, throws {@link UnderSavepoints}. */
        Outcome insertOrRetry(Extraction extraction, TextFingerprint fingerprint, String engineVersion) throws SQLException {
            try {
                return insert(extraction, fingerprint, engineVersion);
            } catch (SQLException e) {
                if (SqlErrors.isUniqueViolation(e)) {
                    throw new UnderSavepoints(e);
                }
                throw e;
            } catch (RuntimeException e) {
                throw new UnderSavepoints(e);
            }
        }

        Outcome insert(Extraction extraction, TextFingerprint fingerprint, String engineVersion) throws SQLException {
            Article a = extraction.article();
            if (a.url() != null && exists(byUrl, a.url()) || exists(byHash, fingerprint.normalizedHash())) {
                return Outcome.DUPLICATE;
            }
            String id = exists(byId, a.id()) ? a.id() + "-" + fingerprint.contentHash().substring(0, 10) : a.id();
            article.setString(1, id);
            article.setString(2, a.url());
            article.setString(3, a.source());
            Rows.setDate(article, 4, a.published());
            article.setString(5, a.title());
            article.setString(6, a.text());
            article.setString(7, fingerprint.contentHash());
            article.setString(8, fingerprint.normalizedHash());
            article.setString(9, fingerprint.minhashHex());
            article.setString(10, engineVersion);
            article.setString(11, Instant.now().toString());
            article.executeUpdate();
            writeFindings(id, extraction);
            return Outcome.ADDED;
        }

        void writeFindings(String articleId, Extraction extraction) throws SQLException {
            int ordinal = 0;
            List<Report> alone = new ArrayList<>();
            for (Event e : extraction.events()) {
                long provenanceId = insertProvenance(articleId, e.provenance(), e.evidence());
                event.setString(1, articleId);
                event.setInt(2, ordinal++);
                event.setString(3, e.type().name());
                Rows.setDate(event, 4, e.date());
                event.setString(5, e.dateText());
                event.setString(6, e.actor());
                event.setString(7, e.target());
                event.setString(8, e.placeText());
                Rows.setInt(event, 9, e.count());
                event.setDouble(10, e.confidence());
                event.setLong(11, provenanceId);
                long eventId = Rows.insertReturningId(event);
                if (Incidents.alone(e.date(), e.actor())) {
                    alone.add(new Report(eventId, articleId, extraction.article().source(), e.type(), e.actor(), e.target(),
                            e.date(), e.places(), e.confidence()));
                }
                int p = 0;
                for (Place where : e.places()) {
                    place.setLong(1, eventId);
                    place.setInt(2, p++);
                    place.setString(3, where.name());
                    Rows.setDouble(place, 4, where.lat());
                    Rows.setDouble(place, 5, where.lon());
                    place.setString(6, where.coordSource());
                    place.setBoolean(7, where.approximate());
                    place.setDouble(8, where.uncertaintyKm());
                    place.addBatch();
                }
            }
            place.executeBatch();
            Incidents.linkAlone(incidents, alone);
            for (Relation r : extraction.relations()) {
                relation.setString(1, articleId);
                relation.setString(2, r.type().name());
                relation.setString(3, r.source());
                relation.setString(4, r.target());
                relation.setDouble(5, r.confidence());
                relation.setLong(6, insertProvenance(articleId, r.provenance(), r.evidence()));
                relation.addBatch();
            }
            relation.executeBatch();
        }

        private long insertProvenance(String articleId, Provenance p, String evidence) throws SQLException {
            provenance.setString(1, articleId);
            provenance.setInt(2, p.sentenceIndex());
            provenance.setInt(3, p.start());
            provenance.setInt(4, p.end());
            provenance.setString(5, evidence == null ? "" : evidence);
            return Rows.insertReturningId(provenance);
        }

        private static boolean exists(PreparedStatement select, String value) throws SQLException {
            select.setString(1, value);
            try (ResultSet r = select.executeQuery()) {
                return r.next();
            }
        }

        @Override
        public void close() throws SQLException {
            SQLException first = null;
            if (incidents != null) {
                try {
                    incidents.close();
                } catch (SQLException e) {
                    first = e;
                }
            }
            for (PreparedStatement s : statements) {
                try {
                    s.close();
                } catch (SQLException e) {
                    if (first == null) {
                        first = e;
                    } else {
                        first.addSuppressed(e);
                    }
                }
            }
            if (first != null) {
                throw first;
            }
        }
    }

    /** A stored article as it was read. */
    public Optional<Article> get(String id) {
        return store.inTransaction(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT id, url, source, published, title, text FROM articles WHERE id = ?")) {
                select.setString(1, id);
                try (ResultSet r = select.executeQuery()) {
                    return r.next() ? Optional.of(new Article(r.getString(1), r.getString(2), r.getString(3), Rows.dateOrNull(r, 4),
                            r.getString(5), r.getString(6))) : Optional.empty();
                }
            }
        });
    }

    /** The ids of all stored articles, in id order. */
    public List<String> ids() {
        return ids("SELECT id FROM articles ORDER BY id", List.of());
    }

    /** The ids of the articles another engine version extracted (re-extraction candidates), in id order. */
    public List<String> idsNotExtractedBy(String engineVersion) {
        return ids("SELECT id FROM articles WHERE engine_version <> ? ORDER BY id", List.of(engineVersion));
    }

    private List<String> ids(String sql, List<String> params) {
        return store.inTransaction(c -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(sql)) {
                for (int i = 0; i < params.size(); i++) {
                    select.setString(i + 1, params.get(i));
                }
                try (ResultSet r = select.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getString(1));
                    }
                }
            }
            return ids;
        });
    }

    public long count() {
        return Tables.count(store, "articles");
    }
}
