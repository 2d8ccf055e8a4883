package org.frontline.store;

import org.frontline.model.EventType;
import org.frontline.model.Place;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
            Map<String, long[]> minhash = new HashMap<>();
            Map<String, String> outlets = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, source, minhash FROM articles")) {
                while (r.next()) {
                    minhash.put(r.getString(1), TextFingerprint.parseMinhash(r.getString(3)));
                    outlets.put(r.getString(1), r.getString(2));
                }
            }
            List<Incident> incidents = new IncidentLinker(minhash::get).link(reports(c, outlets));
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE events SET incident_id = NULL WHERE incident_id IS NOT NULL");
                s.executeUpdate("DELETE FROM incident_sources");
                s.executeUpdate("DELETE FROM incidents");
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO incidents (type, actor, target, incident_date, location,"
                    + " lat, lon, sources, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
                 PreparedStatement source = c.prepareStatement("INSERT INTO incident_sources (incident_id, article_id, source, copy_group)"
                         + " VALUES (?, ?, ?, ?)");
                 PreparedStatement event = c.prepareStatement("UPDATE events SET incident_id = ? WHERE id = ?")) {
                for (Incident incident : incidents) {
                    Report first = incident.representative();
                    Place where = first.places().stream().filter(Place::resolved).findFirst()
                            .orElse(first.places().isEmpty() ? null : first.places().get(0));
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
            }
            return incidents.size();
        });
    }

    private static List<Report> reports(Connection c, Map<String, String> outlets) throws SQLException {
        Map<Long, List<Place>> places = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT event_id, name, lat, lon, coord_source, approximate, uncertainty_km FROM event_places ORDER BY event_id, ordinal")) {
            while (r.next()) {
                places.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new Place(r.getString(2),
                        Rows.doubleOrNull(r, 3), Rows.doubleOrNull(r, 4), r.getString(5), r.getBoolean(6), r.getDouble(7)));
            }
        }
        List<Report> reports = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT id, article_id, type, actor, target, event_date, confidence FROM events ORDER BY id")) {
            while (r.next()) {
                long id = r.getLong(1);
                reports.add(new Report(id, r.getString(2), outlets.get(r.getString(2)), EventType.valueOf(r.getString(3)),
                        r.getString(4), r.getString(5), Rows.dateOrNull(r, 6), places.getOrDefault(id, List.of()), r.getDouble(7)));
            }
        }
        return reports;
    }

    /** Incidents by id, with their sources. */
    public Map<Long, StoredIncident> get(Collection<Long> ids) {
        return store.inTransaction(c -> {
            Map<Long, StoredIncident> found = new LinkedHashMap<>();
            for (long id : ids) {
                List<Source> sources = new ArrayList<>();
                try (PreparedStatement select = c.prepareStatement(
                        "SELECT article_id, source, copy_group FROM incident_sources WHERE incident_id = ? ORDER BY copy_group, article_id")) {
                    select.setLong(1, id);
                    try (ResultSet r = select.executeQuery()) {
                        while (r.next()) {
                            sources.add(new Source(r.getString(1), r.getString(2), r.getInt(3)));
                        }
                    }
                }
                try (PreparedStatement select = c.prepareStatement("SELECT type, actor, target, incident_date, location, lat, lon,"
                        + " sources, confidence FROM incidents WHERE id = ?")) {
                    select.setLong(1, id);
                    try (ResultSet r = select.executeQuery()) {
                        if (r.next()) {
                            found.put(id, new StoredIncident(id, EventType.valueOf(r.getString(1)), r.getString(2), r.getString(3),
                                    r.getString(4), r.getString(5), Rows.doubleOrNull(r, 6), Rows.doubleOrNull(r, 7), r.getInt(8),
                                    r.getDouble(9), List.copyOf(sources)));
                        }
                    }
                }
            }
            return found;
        });
    }
}
