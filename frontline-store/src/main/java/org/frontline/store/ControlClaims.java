package org.frontline.store;

import org.frontline.model.ControlClaim;
import org.frontline.model.Place;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Claims of who holds what: added from a base map or from events, read back up to a date by the terrain engine. */
public final class ControlClaims {
    private final Store store;

    ControlClaims(Store store) {
        this.store = store;
    }

    /** Adds claims in one transaction (a base map import is all or nothing). */
    public void add(List<ControlClaim> claims) {
        store.inTransaction(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO control_claims (place_name, lat, lon, coord_source, actor,"
                    + " claim_date, kind, source, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (ControlClaim claim : claims) {
                    insert.setString(1, claim.place().name());
                    Rows.setDouble(insert, 2, claim.place().lat());
                    Rows.setDouble(insert, 3, claim.place().lon());
                    insert.setString(4, claim.place().coordSource());
                    insert.setString(5, claim.actor());
                    insert.setString(6, claim.date().toString());
                    insert.setString(7, claim.kind().name());
                    insert.setString(8, claim.source());
                    insert.setDouble(9, claim.confidence());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    /** The claims dated on or before a day, oldest first (ties in the order they were added). */
    public List<ControlClaim> upTo(LocalDate day) {
        return store.inTransaction(c -> {
            List<ControlClaim> claims = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT place_name, lat, lon, coord_source, actor, claim_date, kind,"
                    + " source, confidence FROM control_claims WHERE claim_date <= ? ORDER BY claim_date, id")) {
                select.setString(1, day.toString());
                try (ResultSet r = select.executeQuery()) {
                    while (r.next()) {
                        Double lat = Rows.doubleOrNull(r, 2);
                        Double lon = Rows.doubleOrNull(r, 3);
                        String coordSource = r.getString(4);
                        claims.add(new ControlClaim(new Place(r.getString(1), lat, lon, coordSource, false, 0), r.getString(5),
                                LocalDate.parse(r.getString(6)), ControlClaim.Kind.valueOf(r.getString(7)), r.getString(8), r.getDouble(9)));
                    }
                }
            }
            return claims;
        });
    }
}
