-- The area index: an R*Tree over the resolved places, kept in step by triggers so that the gazetteer
-- filling coordinates in later (an UPDATE) indexes them too. R*Tree bounds are 32-bit floats rounded
-- outward: queries filter the exact distance afterwards.
CREATE VIRTUAL TABLE place_area USING rtree (id, min_lat, max_lat, min_lon, max_lon);

CREATE TRIGGER place_area_insert AFTER INSERT ON event_places
WHEN new.lat IS NOT NULL AND new.lon IS NOT NULL
BEGIN
    INSERT INTO place_area VALUES (new.id, new.lat, new.lat, new.lon, new.lon);
END;

CREATE TRIGGER place_area_update AFTER UPDATE OF lat, lon ON event_places
BEGIN
    DELETE FROM place_area WHERE id = old.id;
    INSERT INTO place_area SELECT new.id, new.lat, new.lat, new.lon, new.lon
    WHERE new.lat IS NOT NULL AND new.lon IS NOT NULL;
END;

CREATE TRIGGER place_area_delete AFTER DELETE ON event_places
BEGIN
    DELETE FROM place_area WHERE id = old.id;
END;
