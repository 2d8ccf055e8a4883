package org.frontline.gazetteer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads GeoJSON point features, streamed feature by feature with Jackson. Properties read: {@code name}
 * (required), {@code alternateNames}/{@code alternate_names}/{@code alt_names} (an array, or a comma-separated
 * string), and optionally {@code id}, {@code country}, {@code admin1}, {@code kind} (a {@link FeatureKind}),
 * {@code featureClass}/{@code featureCode} (GeoNames), {@code population}, {@code sources}.
 */
final class GeoJsonPlacesReader implements PlaceFormat.PlaceReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void read(BufferedReader in, String source, ImportTally problems) throws IOException {
        try (JsonParser p = new JsonFactory(JSON).createParser(in)) {
            if (!seekFeatures(p, problems)) {
                return;
            }
            int index = 0;
            while (p.nextToken() == JsonToken.START_OBJECT) {
                index++;
                long line = p.currentLocation().getLineNr();
                JsonNode feature = p.readValueAsTree();
                String why = add(feature, source, index, problems);
                if (why != null) {
                    problems.skip(line, "feature " + index + ": " + why);
                }
            }
        } catch (JsonProcessingException e) {
            problems.skip(e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "broken JSON, rest of file skipped: " + e.getOriginalMessage());
        }
    }

    /** Moves to the first feature of {@code "features": [...]}; a lone Feature object is not a collection. */
    private static boolean seekFeatures(JsonParser p, ImportTally problems) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            problems.skip(1, "not a GeoJSON object");
            return false;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if ("features".equals(field) && value == JsonToken.START_ARRAY) {
                return true;
            }
            p.skipChildren();
        }
        problems.skip(p.currentLocation().getLineNr(), "no features array");
        return false;
    }

    private static String add(JsonNode feature, String source, int index, ImportTally places) {
        JsonNode geometry = feature.path("geometry");
        if (!"Point".equals(geometry.path("type").asText())) {
            return "not a point";
        }
        JsonNode c = geometry.path("coordinates");
        double[] ll = c.size() >= 2 && c.get(0).isNumber() && c.get(1).isNumber()
                ? ImportTally.latLon(c.get(1).asText(), c.get(0).asText()) : null;
        JsonNode props = feature.path("properties");
        String name = props.path("name").asText("").trim();
        if (ll == null || name.isEmpty()) {
            return ll == null ? "bad coordinates" : "no name";
        }
        List<String> alternates = new ArrayList<>();
        for (String key : new String[] {"alternateNames", "alternate_names", "alt_names", "alternatenames"}) {
            strings(props.path(key), alternates);
        }
        long population = Math.max(0, props.path("population").asLong(0));
        FeatureKind kind;
        try {
            kind = props.hasNonNull("kind") ? FeatureKind.parse(props.get("kind").asText())
                    : props.hasNonNull("featureCode") ? FeatureKind.ofGeoNames(props.path("featureClass").asText(null),
                    props.get("featureCode").asText(), population)
                    : FeatureKind.ofLabel(name);
        } catch (IllegalArgumentException e) {
            return "unknown kind " + props.get("kind").asText();
        }
        String id = props.hasNonNull("id") ? props.get("id").asText()
                : feature.hasNonNull("id") ? source + ":" + feature.get("id").asText() : source + ":" + index;
        List<String> sources = new ArrayList<>();
        strings(props.path("sources"), sources);
        if (sources.isEmpty()) {
            sources.add(source);
        }
        places.add(new GazetteerEntry(id, name, alternates, ll[0], ll[1], text(props, "country"), text(props, "admin1"),
                kind, population, sources));
        return null;
    }

    private static void strings(JsonNode node, List<String> into) {
        if (node.isArray()) {
            node.forEach(n -> add(n.asText(), into));
        } else if (node.isTextual()) {
            Arrays.stream(node.asText().split(",")).forEach(n -> add(n, into));
        }
    }

    private static void add(String name, List<String> into) {
        String n = name.trim();
        if (!n.isEmpty() && !into.contains(n)) {
            into.add(n);
        }
    }

    private static String text(JsonNode props, String key) {
        String s = props.path(key).asText("").trim();
        return s.isEmpty() ? null : s;
    }
}
