package org.frontline.store;

import org.frontline.model.EventType;
import org.frontline.model.Extraction;
import org.frontline.model.Place;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The stored incidents: rebuilt from all events after an ingest, read back with their sources. */
public final class Incidents {
    private final Store store;

    Incidents(Store store) {
        this.store = store;
    }

    /** A stored incident with the articles that report it. */
    public record StoredIncident(long id, EventType type, String actor, String target, String date, String location,
                                 Double lat, Double lon, int sources, double confidence, List<Source> reportedBy) {
    }

    /** An article reporting an incident; articles with the same copy group are copies of one wire story. */
    public record Source(String articleId, String outlet, int copyGroup) {
    }

    /**
     * Links all stored events into incidents again, replacing the previous ones, in one transaction.
     * Rebuilding keeps linking deterministic whatever order articles arrived in.
     *
     * @return the number of incidents
     */
    public int rebuild() {
        return store.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE events SET incident_id = NULL WHERE incident_id IS NOT NULL");
                s.executeUpdate("DELETE FROM incident_sources");
                s.executeUpdate("DELETE FROM incidents");
            }
            Map<String, long[]> minhashes = new HashMap<>();
            return write(c, link(reports(c, "1 = 1", List.of(), minhashes), minhashes));
        });
    }

    /**
     * Links the events not yet in an incident (those of newly stored articles), in one transaction. The result
     * is the one {@link #rebuild()} gives: linking joins reports of the same (type, actor) at most a day apart,
     * so only the incidents with a report in a new event's block, the day before or the day after can change;
     * those are relinked with all their reports, and the rest stay. One (type, actor) is linked at a time, and the
     * reports that cannot be linked (no date or no actor: an incident each, which storing the article normally wrote
     * already) a chunk at a time, so that memory holds
     * one key's reports rather than every report of a long ingest (100,000 articles: hundreds of thousands).
     *
     * @return the number of incidents written
     */
    public int update() {
        return store.inTransaction(c -> {
            List<List<String>> keys = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT DISTINCT type, actor FROM events"
                    + " WHERE incident_id IS NULL AND actor IS NOT NULL AND event_date IS NOT NULL ORDER BY type, actor")) {
                while (r.next()) {
                    keys.add(List.of(r.getString(1), r.getString(2)));
                }
            }
            int written = 0;
            for (List<String> key : keys) {
                Map<String, long[]> minhashes = new HashMap<>();
                written += relink(c, reports(c, UNLINKED + " AND e.type = ? AND e.actor = ? AND e.event_date IS NOT NULL",
                        List.of(key.get(0), key.get(1)), minhashes), minhashes);
            }
            // what is left unlinked has no date or no actor: storing an article links such events (linkAlone), so these
            // are events an earlier Frontline stored and had not linked yet (its ingest killed before the end)
            while (true) {
                Map<String, long[]> minhashes = new HashMap<>();
                List<Report> alone = reports(c, UNLINKED + " ORDER BY e.id LIMIT " + ALONE_CHUNK, List.of(), minhashes);
                if (alone.isEmpty()) {
                    break;
                }
                written += write(c, link(alone, minhashes));
            }
            return written;
        });
    }

    /** The reports of events not yet in an incident. */
    private static final String UNLINKED = "e.incident_id IS NULL";
    /** Reports without a date or an actor linked at once: each becomes an incident of its own. */
    private static final int ALONE_CHUNK = 10_000;

    /** Links new reports of one (type, actor) with the incidents near them, which are replaced. */
    private int relink(Connection c, List<Report> reports, Map<String, long[]> minhashes) throws SQLException {
        Set<String> blocks = new HashSet<>();
        Set<Long> touched = new LinkedHashSet<>();
        try (PreparedStatement near = c.prepareStatement("SELECT DISTINCT incident_id FROM events WHERE type = ? AND actor = ?"
                + " AND event_date BETWEEN ? AND ? AND incident_id IS NOT NULL")) {
            for (Report r : reports) {
                if (blocks.add(r.date().toString())) {
                    near.setString(1, r.type().name());
                    near.setString(2, r.actor());
                    near.setString(3, r.date().minusDays(1).toString());
                    near.setString(4, r.date().plusDays(1).toString());
                    try (ResultSet ids = near.executeQuery()) {
                        while (ids.next()) {
                            touched.add(ids.getLong(1));
                        }
                    }
                }
            }
        }
        List<Report> all = new ArrayList<>(reports);
        try (PreparedStatement unlink = c.prepareStatement("UPDATE events SET incident_id = NULL WHERE incident_id = ?");
             PreparedStatement sources = c.prepareStatement("DELETE FROM incident_sources WHERE incident_id = ?");
             PreparedStatement delete = c.prepareStatement("DELETE FROM incidents WHERE id = ?")) {
            for (long incident : touched) {
                all.addAll(reports(c, "e.incident_id = ?", List.of(incident), minhashes));
                for (PreparedStatement s : List.of(unlink, sources, delete)) {
                    s.setLong(1, incident);
                    s.executeUpdate();
                }
            }
        }
        return write(c, link(all, minhashes));
    }

    private static List<Incident> link(List<Report> reports, Map<String, long[]> minhashes) {
        return new IncidentLinker(minhashes::get).link(reports);
    }

    private static int write(Connection c, List<Incident> incidents) throws SQLException {
        try (IncidentWriter writer = new IncidentWriter(c)) {
            return writer.write(incidents);
        }
    }

    /**
     * The statements that write incidents, their sources and their events' incident ids, prepared once: the writer
     * of articles keeps one for a whole batch of articles, since it links each event that can join no other as it
     * stores it (see {@link #linkAlone}).
     */
    static final class IncidentWriter implements AutoCloseable {
        private final PreparedStatement insert;
        private final PreparedStatement source;
        private final PreparedStatement event;

        IncidentWriter(Connection c) throws SQLException {
            insert = c.prepareStatement("INSERT INTO incidents (type, actor, target, incident_date, location,"
                    + " lat, lon, sources, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)" + Rows.RETURNING_ID);
            source = c.prepareStatement("INSERT INTO incident_sources (incident_id, article_id, source, copy_group)"
                    + " VALUES (?, ?, ?, ?)");
            event = c.prepareStatement("UPDATE events SET incident_id = ? WHERE id = ?");
        }

        int write(List<Incident> incidents) throws SQLException {
            for (Incident incident : incidents) {
                Report first = incident.representative();
                Place where = Place.where(first.places());
                insert.setString(1, first.type().name());
                insert.setString(2, first.actor());
                insert.setString(3, incident.reports().stream().map(Report::target).filter(t -> t != null).findFirst().orElse(null));
                Rows.setDate(insert, 4, incident.reports().get(0).date());
                insert.setString(5, where == null ? null : where.name());
                Rows.setDouble(insert, 6, where == null ? null : where.lat());
                Rows.setDouble(insert, 7, where == null ? null : where.lon());
                insert.setInt(8, incident.sources());
                insert.setDouble(9, incident.confidence());
                long id = Rows.insertReturningId(insert);
                Map<String, String> outlets = new HashMap<>();
                incident.reports().forEach(r -> outlets.put(r.articleId(), r.source()));
                for (Map.Entry<String, Integer> article : incident.copyGroups().entrySet()) {
                    source.setLong(1, id);
                    source.setString(2, article.getKey());
                    source.setString(3, outlets.get(article.getKey()));
                    source.setInt(4, article.getValue());
                    source.addBatch();
                }
                for (Report r : incident.reports()) {
                    event.setLong(1, id);
                    event.setLong(2, r.eventId());
                    event.addBatch();
                }
            }
            source.executeBatch();
            event.executeBatch();
            return incidents.size();
        }

        @Override
        public void close() throws SQLException {
            try (insert; source; event) {
                // closed in reverse order, the first failure thrown with the others suppressed
            }
        }
    }

    /**
     * Whether a report of that date and actor can never join another: linking needs a date and an actor, so such a report is an incident of
     * its own whatever else is stored, and {@link #update()} would give it just that.
     */
    static boolean alone(LocalDate date, String actor) {
        return date == null || actor == null;
    }

    /** The incidents storing an extraction's article writes: one for each of its events that can join no other. */
    static int writtenWith(Extraction extraction) {
        return (int) extraction.events().stream().filter(e -> alone(e.date(), e.actor())).count();
    }

    /**
     * Writes an incident for each report that can join no other ({@link #alone}), as its article is stored: linking them
     * after a long ingest read every one back and rewrote its event (100,500 articles: 156,000 of the 171,260 incidents).
     */
    static void linkAlone(IncidentWriter writer, List<Report> alone) throws SQLException {
        if (!alone.isEmpty()) {
            writer.write(link(alone, Map.of()));
        }
    }

    /**
     * The reports of the events a condition on {@code events e} selects, with places and outlets, and their articles'
     * MinHash signatures put into {@code minhashes}: the articles are joined in the same query (one query per article
     * for its outlet and another for its signature were most of the time of linking a long ingest).
     */
    private List<Report> reports(Connection c, String where, List<Object> params, Map<String, long[]> minhashes) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT e.id, e.article_id, e.type, e.actor, e.target, e.event_date,"
                + " e.confidence, a.source, a.minhash FROM events e JOIN articles a ON a.id = e.article_id WHERE " + where)) {
            for (int i = 0; i < params.size(); i++) {
                select.setObject(i + 1, params.get(i));
            }
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    String article = r.getString(2);
                    rows.add(new Object[] {r.getLong(1), article, r.getString(3), r.getString(4), r.getString(5),
                            Rows.dateOrNull(r, 6), r.getDouble(7), r.getString(8)});
                    if (!minhashes.containsKey(article)) {
                        minhashes.put(article, TextFingerprint.parseMinhash(r.getString(9)));
                    }
                }
            }
        }
        Map<Long, List<Place>> places = EventSearch.places(store, rows.stream().map(row -> (Long) row[0]).toList());
        List<Report> reports = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            long id = (Long) row[0];
            reports.add(new Report(id, (String) row[1], (String) row[7], EventType.valueOf((String) row[2]),
                    (String) row[3], (String) row[4], (LocalDate) row[5], places.getOrDefault(id, List.of()), (Double) row[6]));
        }
        return reports;
    }

    /**
     * Incidents by id, with their sources, in the order of the ids: two statements per list of up to
     * {@value Rows#IDS_PER_LIST} ids (a page of events asks for up to a hundred incidents), not two per incident.
     */
    public Map<Long, StoredIncident> get(Collection<Long> ids) {
        List<Long> wanted = ids.stream().distinct().toList();
        return store.inTransaction(c -> {
            Map<Long, List<Source>> sources = new HashMap<>();
            Map<Long, StoredIncident> rows = new HashMap<>();
            Rows.selectIn(store, "SELECT incident_id, article_id, source, copy_group FROM incident_sources WHERE incident_id IN ({ids})"
                    + " ORDER BY incident_id, copy_group, article_id", wanted, r -> sources.computeIfAbsent(r.getLong(1),
                    k -> new ArrayList<>()).add(new Source(r.getString(2), r.getString(3), r.getInt(4))));
            Rows.selectIn(store, "SELECT id, type, actor, target, incident_date, location, lat, lon, sources, confidence FROM incidents"
                    + " WHERE id IN ({ids})", wanted, r -> {
                long id = r.getLong(1);
                rows.put(id, new StoredIncident(id, EventType.valueOf(r.getString(2)), r.getString(3), r.getString(4),
                        r.getString(5), r.getString(6), Rows.doubleOrNull(r, 7), Rows.doubleOrNull(r, 8), r.getInt(9),
                        r.getDouble(10), List.copyOf(sources.getOrDefault(id, List.of()))));
            });
            Map<Long, StoredIncident> found = new LinkedHashMap<>();
            for (long id : wanted) {
                StoredIncident incident = rows.get(id);
                if (incident != null) {
                    found.put(id, incident);
                }
            }
            return found;
        });
    }
}
