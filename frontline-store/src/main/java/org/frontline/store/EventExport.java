package org.frontline.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import org.frontline.gazetteer.CountryBorders;
import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.frontline.model.Place;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Stored events written for people and tools: a table to read, JSON, CSV with ACLED's column names where
 * they fit (so that ACLED scripts and QGIS layers take it as is) plus Frontline's provenance columns, and
 * GeoJSON for QGIS. By event (one row per report) or by incident (one row per happening, all its sources).
 */
public final class EventExport {
    public enum Format { TABLE, JSON, CSV, GEOJSON }

    /** ACLED's columns first, in ACLED's order; then Frontline's. */
    public static final List<String> COLUMNS = List.of("event_date", "event_type", "sub_event_type", "actor1", "actor2",
            "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
            "event_id", "incident_id", "sources", "confidence", "article_id", "url", "sentence_index", "start_offset",
            "end_offset", "evidence");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One row of an export: its columns by name, and the point that locates it (null if unresolved). */
    public record Row(Map<String, Object> columns, Double lat, Double lon) {
    }

    private EventExport() {
    }

    public static List<Row> byEvent(List<StoredEvent> events) {
        return events.stream().map(e -> row(e, e.source(), e.incidentId(), 1, e.event().confidence())).toList();
    }

    /**
     * One row per incident, from the first of its events found; events not yet linked stand alone.
     *
     * @param incidents the incidents of the events, by id
     */
    public static List<Row> byIncident(List<StoredEvent> events, Map<Long, Incidents.StoredIncident> incidents) {
        Map<Object, List<StoredEvent>> groups = new LinkedHashMap<>();
        for (StoredEvent e : events) {
            groups.computeIfAbsent(e.incidentId() == null ? "event:" + e.id() : e.incidentId(), k -> new ArrayList<>()).add(e);
        }
        List<Row> rows = new ArrayList<>(groups.size());
        for (List<StoredEvent> group : groups.values()) {
            StoredEvent first = group.stream().filter(e -> e.event().places().stream().anyMatch(Place::resolved)).findFirst().orElse(group.get(0));
            Incidents.StoredIncident incident = first.incidentId() == null ? null : incidents.get(first.incidentId());
            if (incident == null) {
                rows.add(row(first, first.source(), first.incidentId(), 1, first.event().confidence()));
            } else {
                // ACLED lists an event's sources in one field, separated by semicolons
                String outlets = incident.reportedBy().stream().map(s -> s.outlet() == null ? s.articleId() : s.outlet())
                        .distinct().collect(Collectors.joining("; "));
                rows.add(row(first, outlets, incident.id(), incident.sources(), incident.confidence()));
            }
        }
        return rows;
    }

    private static Row row(StoredEvent stored, String source, Long incidentId, int sources, double confidence) {
        Event e = stored.event();
        Place place = Place.where(e.places());
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("event_date", e.date() == null ? null : e.date().toString());
        c.put("event_type", acledType(e.type()));
        c.put("sub_event_type", e.type().code());
        c.put("actor1", e.actor());
        c.put("actor2", e.target());
        c.put("country", place == null || !place.resolved() ? null : countryName(place));
        c.put("admin1", null); // the shipped gazetteer knows provinces by their seats only, not their areas
        c.put("location", place == null ? null : place.name());
        c.put("latitude", place == null ? null : place.lat());
        c.put("longitude", place == null ? null : place.lon());
        c.put("geo_precision", place == null || !place.resolved() ? null : place.approximate() ? 2 : 1);
        c.put("source", source);
        c.put("notes", e.evidence());
        c.put("fatalities", e.type() == EventType.CASUALTIES ? e.count() : null);
        c.put("event_id", stored.id());
        c.put("incident_id", incidentId);
        c.put("sources", sources);
        c.put("confidence", Math.round(confidence * 1000) / 1000.0);
        c.put("article_id", stored.articleId());
        c.put("url", stored.url());
        c.put("sentence_index", e.provenance().sentenceIndex());
        c.put("start_offset", e.provenance().start());
        c.put("end_offset", e.provenance().end());
        c.put("evidence", e.evidence());
        return new Row(c, place == null ? null : place.lat(), place == null ? null : place.lon());
    }

    /**
     * The country's English name, as ACLED writes it ("Iraq", "Syria"), from the shipped borders. Kept per point:
     * events come from a few thousand places, and a point in a detailed border costs tens of microseconds, a
     * quarter of the time of a page of events.
     */
    private static String countryName(Place place) {
        return COUNTRY_NAMES.getUnchecked(new Point(place.lat(), place.lon())).orElse(null);
    }

    private record Point(double lat, double lon) {
    }

    private static final LoadingCache<Point, Optional<String>> COUNTRY_NAMES = CacheBuilder.newBuilder().maximumSize(100_000)
            .build(CacheLoader.from(point -> Optional.ofNullable(CountryBorders.loadDefault().countryAt(point.lat(), point.lon()))
                    .map(iso -> new Locale("", iso).getDisplayCountry(Locale.ENGLISH))));

    /** ACLED's event types that Frontline's map onto; the Frontline type goes in sub_event_type. */
    static String acledType(EventType type) {
        return switch (type) {
            case CAPTURE, ATTACK, SIEGE, CASUALTIES -> "Battles";
            case ADVANCE, WITHDRAW, HOLD -> "Strategic developments";
        };
    }

    public static void write(List<Row> rows, Format format, Writer out) throws IOException {
        switch (format) {
            case TABLE -> table(rows, out);
            case JSON -> json(rows, out);
            case CSV -> {
                CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
                COLUMNS.forEach(schema::addColumn);
                new CsvMapper().writer(schema.build()).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                        .writeValues(out).writeAll(rows.stream().map(Row::columns).toList()).flush();
            }
            case GEOJSON -> JSON.writerWithDefaultPrettyPrinter().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .writeValue(out, geojson(rows));
        }
        out.flush();
    }

    /**
     * The rows as a JSON array of objects, indented as Jackson's default pretty printer does, written field by field
     * through one generator: the columns are strings, numbers and nulls, and asking the object mapper for a
     * serializer per value was a fifth of the time of a page of events.
     */
    private static void json(List<Row> rows, Writer out) throws IOException {
        try (JsonGenerator json = JSON.getFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setPrettyPrinter(new DefaultPrettyPrinter());
            json.writeStartArray();
            for (Row row : rows) {
                json.writeStartObject();
                for (Map.Entry<String, Object> column : row.columns().entrySet()) {
                    json.writeFieldName(column.getKey());
                    Object value = column.getValue();
                    if (value == null) {
                        json.writeNull();
                    } else if (value instanceof String text) {
                        json.writeString(text);
                    } else if (value instanceof Integer n) {
                        json.writeNumber(n);
                    } else if (value instanceof Long n) {
                        json.writeNumber(n);
                    } else if (value instanceof Double n) {
                        json.writeNumber(n);
                    } else {
                        json.writeObject(value);
                    }
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
    }

    /** A FeatureCollection of points (WGS 84, lon/lat order); unresolved rows have a null geometry, as GeoJSON allows. */
    static ObjectNode geojson(List<Row> rows) {
        ObjectNode collection = JSON.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (Row row : rows) {
            ObjectNode feature = features.addObject().put("type", "Feature");
            if (row.lat() == null || row.lon() == null) {
                feature.putNull("geometry");
            } else {
                feature.putObject("geometry").put("type", "Point").putArray("coordinates").add(row.lon()).add(row.lat());
            }
            feature.set("properties", JSON.valueToTree(row.columns()));
        }
        return collection;
    }

    private static void table(List<Row> rows, Writer out) {
        PrintWriter p = new PrintWriter(out);
        String format = "%-10s  %-10s  %-12s  %-12s  %-20s  %8s  %8s  %-7s  %s%n";
        p.printf(Locale.ROOT, format, "date", "type", "actor", "target", "place", "lat", "lon", "sources", "evidence");
        for (Row row : rows) {
            Map<String, Object> c = row.columns();
            p.printf(Locale.ROOT, format, text(c.get("event_date")), c.get("sub_event_type"), text(c.get("actor1")),
                    text(c.get("actor2")), clip(text(c.get("location")), 20), row.lat() == null ? "" : String.format(Locale.ROOT, "%.4f", row.lat()),
                    row.lon() == null ? "" : String.format(Locale.ROOT, "%.4f", row.lon()), c.get("sources"), clip(text(c.get("evidence")), 100));
        }
        p.flush();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String clip(String s, int max) {
        String line = s.replaceAll("\\s+", " ");
        return line.length() <= max ? line : line.substring(0, max - 1) + "…";
    }
}
