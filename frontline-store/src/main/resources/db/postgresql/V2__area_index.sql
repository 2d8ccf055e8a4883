-- The area index without PostGIS: a B-tree on (lat, lon); a box query scans the latitude band and
-- filters longitudes in the index. Queries filter the exact distance afterwards.
CREATE INDEX event_places_area ON event_places (lat, lon) WHERE lat IS NOT NULL;
