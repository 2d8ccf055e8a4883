package org.frontline.store;

import org.frontline.model.Place;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** The places of stored events, for the gazetteer to resolve after the fact. */
public final class Places {
    private final Store store;

    Places(Store store) {
        this.store = store;
    }

    /** The distinct names of places without coordinates, most frequent first. */
    public List<String> unresolvedNames() {
        return store.inTransaction(c -> {
            List<String> names = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT name FROM event_places WHERE lat IS NULL OR lon IS NULL"
                    + " GROUP BY name ORDER BY COUNT(*) DESC, name");
                 ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
            return names;
        });
    }

    /**
     * Gives every unresolved place of a name the coordinates of a resolved place (the area index follows);
     * places already resolved keep theirs. Relink incidents afterwards: nearness may now join reports.
     *
     * @return the number of event places updated
     */
    public int resolve(String name, Place resolved) {
        if (!resolved.resolved()) {
            throw new IllegalArgumentException("no coordinates to give " + name);
        }
        return store.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE event_places SET lat = ?, lon = ?, coord_source = ?,"
                    + " approximate = ?, uncertainty_km = ? WHERE name = ? AND (lat IS NULL OR lon IS NULL)")) {
                update.setDouble(1, resolved.lat());
                update.setDouble(2, resolved.lon());
                update.setString(3, resolved.coordSource());
                update.setBoolean(4, resolved.approximate());
                update.setDouble(5, resolved.uncertaintyKm());
                update.setString(6, name);
                return update.executeUpdate();
            }
        });
    }
}
