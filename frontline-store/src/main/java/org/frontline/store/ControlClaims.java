package org.frontline.store;

import org.frontline.model.ControlClaim;
import org.frontline.model.Place;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Claims of who holds what: added from a base map or from events, read back up to a date by the terrain engine. */
public final class ControlClaims {
    private final Store store;

    ControlClaims(Store store) {
        this.store = store;
    }

    /** Adds claims in one transaction (a base map import is all or nothing). */
    public void add(List<ControlClaim> claims) {
        store.inTransaction(c -> {
            insert(c, claims);
            return null;
        });
    }

    /**
     * Adds the claims not stored yet (same place name, actor, date, kind and source), in one transaction, so that
     * importing a base map again changes nothing.
     *
     * @return how many were added
     */
    public int addAbsent(List<ControlClaim> claims) {
        return store.inTransaction(c -> {
            Set<List<String>> stored = new HashSet<>();
            try (PreparedStatement select = c.prepareStatement("SELECT place_name, actor, claim_date, kind FROM control_claims WHERE source = ?")) {
                for (String source : claims.stream().map(ControlClaim::source).collect(Collectors.toSet())) {
                    select.setString(1, source);
                    try (ResultSet r = select.executeQuery()) {
                        while (r.next()) {
                            stored.add(List.of(source, r.getString(1), r.getString(2), r.getString(3), r.getString(4)));
                        }
                    }
                }
            }
            List<ControlClaim> absent = claims.stream().filter(claim -> stored.add(List.of(claim.source(), claim.place().name(),
                    claim.actor(), claim.date().toString(), claim.kind().name()))).toList();
            insert(c, absent);
            return absent.size();
        });
    }

    private static void insert(Connection c, List<ControlClaim> claims) throws SQLException {
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
