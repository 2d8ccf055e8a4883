package org.frontline.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
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
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
    private static final CsvMapper CSV = new CsvMapper();

    /** {@link #COLUMNS} as JSON field names, quoted and encoded once. */
    private static final List<SerializedString> FIELD_NAMES = COLUMNS.stream().map(SerializedString::new).toList();

    /**
     * One row of an export: the value of each of {@link #COLUMNS}, in their order (strings, numbers and nulls), and the
     * point that locates it (null if unresolved). Values by position rather than a map per row: a page of events is
     * written straight from them.
     */
    public record Row(List<Object> values, Double lat, Double lon) {
        public Row {
            if (values.size() != COLUMNS.size()) {
                throw new IllegalArgumentException("a row has " + COLUMNS.size() + " values, not " + values.size());
            }
        }

        /** The columns by name, in their order. */
        public Map<String, Object> columns() {
            Map<String, Object> columns = new LinkedHashMap<>();
            for (int i = 0; i < COLUMNS.size(); i++) {
                columns.put(COLUMNS.get(i), values.get(i));
            }
            return columns;
        }
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
        boolean resolved = place != null && place.resolved();
        Object[] values = {
                e.date() == null ? null : e.date().toString(),                 // event_date
                acledType(e.type()),                                           // event_type
                e.type().code(),                                               // sub_event_type
                e.actor(),                                                     // actor1
                e.target(),                                                    // actor2
                resolved ? countryName(place) : null,                          // country
                null,                                                          // admin1: the shipped gazetteer knows provinces by their seats only, not their areas
                place == null ? null : place.name(),                           // location
                place == null ? null : place.lat(),                            // latitude
                place == null ? null : place.lon(),                            // longitude
                resolved ? (place.approximate() ? 2 : 1) : null,               // geo_precision
                source,                                                        // source
                e.evidence(),                                                  // notes
                e.type() == EventType.CASUALTIES ? e.count() : null,           // fatalities
                stored.id(),                                                   // event_id
                incidentId,                                                    // incident_id
                sources,                                                       // sources
                Math.round(confidence * 1000) / 1000.0,                        // confidence
                stored.articleId(),                                            // article_id
                stored.url(),                                                  // url
                e.provenance().sentenceIndex(),                                // sentence_index
                e.provenance().start(),                                        // start_offset
                e.provenance().end(),                                          // end_offset
                e.evidence()};                                                 // evidence
        return new Row(Collections.unmodifiableList(Arrays.asList(values)), place == null ? null : place.lat(), place == null ? null : place.lon());
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

    /** Writes the rows as text, as a command prints them. */
    public static void write(List<Row> rows, Format format, Writer out) throws IOException {
        switch (format) {
            case TABLE -> table(rows, out);
            case JSON -> json(rows, JSON.getFactory().createGenerator(out));
            case CSV -> csv().writeValues(out).writeAll(values(rows)).flush();
            case GEOJSON -> geojson(rows, JSON.getFactory().createGenerator(out));
        }
        out.flush();
    }

    /**
     * Writes the rows as UTF-8 bytes, as an HTTP answer sends them: the same text as {@link #write(List, Format, Writer)},
     * without a character encoder between the generator and the bytes.
     */
    public static void write(List<Row> rows, Format format, OutputStream out) throws IOException {
        switch (format) {
            case TABLE -> table(rows, new OutputStreamWriter(out, StandardCharsets.UTF_8));
            case JSON -> json(rows, JSON.getFactory().createGenerator(out));
            case CSV -> csv().writeValues(out).writeAll(values(rows)).flush();
            case GEOJSON -> geojson(rows, JSON.getFactory().createGenerator(out));
        }
        out.flush();
    }

    /** ACLED's header line, then each row's values in the columns' order. */
    private static ObjectWriter csv() {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        return CSV.writer(schema.build()).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    private static List<List<Object>> values(List<Row> rows) {
        return rows.stream().map(Row::values).toList();
    }

    /**
     * The rows as a JSON array of objects, indented as Jackson's default pretty printer does, written field by field
     * through one generator: the columns are strings, numbers and nulls, and asking the object mapper for a
     * serializer per value was a fifth of the time of a page of events.
     */
    private static void json(List<Row> rows, JsonGenerator json) throws IOException {
        try (json) {
            start(json);
            json.writeStartArray();
            for (Row row : rows) {
                properties(row, json);
            }
            json.writeEndArray();
        }
    }

    /**
     * A FeatureCollection of points (WGS 84, lon/lat order), each with its row as properties; unresolved rows have a
     * null geometry, as GeoJSON allows.
     */
    private static void geojson(List<Row> rows, JsonGenerator json) throws IOException {
        try (json) {
            start(json);
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeArrayFieldStart("features");
            for (Row row : rows) {
                json.writeStartObject();
                json.writeStringField("type", "Feature");
                json.writeFieldName("geometry");
                if (row.lat() == null || row.lon() == null) {
                    json.writeNull();
                } else {
                    json.writeStartObject();
                    json.writeStringField("type", "Point");
                    json.writeArrayFieldStart("coordinates");
                    json.writeNumber(row.lon());
                    json.writeNumber(row.lat());
                    json.writeEndArray();
                    json.writeEndObject();
                }
                json.writeFieldName("properties");
                properties(row, json);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void start(JsonGenerator json) {
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setPrettyPrinter(new DefaultPrettyPrinter());
    }

    /** A row as a JSON object, its columns in their order. */
    private static void properties(Row row, JsonGenerator json) throws IOException {
        json.writeStartObject();
        List<Object> values = row.values();
        for (int i = 0; i < values.size(); i++) {
            json.writeFieldName(FIELD_NAMES.get(i));
            Object value = values.get(i);
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
