package org.frontline.terrain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.frontline.model.ControlClaim;
import org.frontline.model.ControlClaim.Kind;
import org.frontline.model.Place;

/**
 * Reads a GeoJSON FeatureCollection of points: {@code name} (or {@code place}), {@code actor} (or a {@code mark}
 * read through the mark table), and optionally {@code date}, {@code kind} (holds, leaves, contested) and
 * {@code confidence}. Jackson rather than JTS's GeoJsonReader, because the claims live in the properties, which
 * JTS drops.
 */
final class GeoJsonClaims {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GeoJsonClaims() {
    }

    static BaseMap read(String text, String source, LocalDate date, MarkTable marks) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + ": not JSON: " + e.getOriginalMessage());
        }
        if (!"FeatureCollection".equals(root.path("type").asText())) {
            throw new IllegalArgumentException(source + ": expected a GeoJSON FeatureCollection");
        }
        List<ControlClaim> claims = new ArrayList<>();
        Map<String, Integer> unknown = new TreeMap<>();
        int skipped = 0;
        int index = 0;
        for (JsonNode feature : root.path("features")) {
            index++;
            JsonNode geometry = feature.path("geometry");
            JsonNode props = feature.path("properties");
            JsonNode coords = geometry.path("coordinates");
            String name = text(props, "name", "place");
            if (!"Point".equals(geometry.path("type").asText()) || coords.size() < 2 || name == null) {
                skipped++;
                continue;
            }
            MarkTable.Reading reading;
            String actor = text(props, "actor", "controller");
            if (actor != null) {
                reading = new MarkTable.Reading(List.of(actor), List.of(), false);
            } else {
                String mark = text(props, "mark");
                Optional<MarkTable.Reading> read = mark == null ? Optional.empty() : marks.read(mark, coords.get(1).asDouble(), coords.get(0).asDouble());
                if (read.isEmpty() || read.get().actors().isEmpty()) {
                    read.ifPresentOrElse(r -> { }, () -> unknown.merge(String.valueOf(mark), 1, Integer::sum));
                    skipped++;
                    continue;
                }
                reading = read.get();
            }
            LocalDate day = date;
            String kindText = text(props, "kind");
            try {
                String dateText = text(props, "date");
                day = dateText == null ? date : LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(source + ": feature " + index + ": bad date '" + text(props, "date") + "' (want YYYY-MM-DD)");
            }
            double confidence = props.path("confidence").asDouble(BaseMapFormat.BASE_MAP_CONFIDENCE);
            Place place = new Place(name, coords.get(1).asDouble(), coords.get(0).asDouble(), "geojson:" + source, false, 0);
            if (kindText == null) {
                claims.addAll(reading.claims(place, day, source, confidence));
            } else {
                Kind kind = Kind.valueOf(kindText.toUpperCase(java.util.Locale.ROOT));
                List<String> actors = reading.actors();
                for (int i = 0; i < actors.size(); i++) {
                    claims.add(new ControlClaim(place, actors.get(i), day, i == 0 ? kind : Kind.CONTESTED, source, confidence));
                }
            }
        }
        return new BaseMap(source, claims, skipped, unknown);
    }

    private static String text(JsonNode props, String... keys) {
        for (String key : keys) {
            JsonNode v = props.get(key);
            if (v != null && v.isValueNode() && !v.asText().isBlank()) {
                return v.asText().strip();
            }
        }
        return null;
    }
}
