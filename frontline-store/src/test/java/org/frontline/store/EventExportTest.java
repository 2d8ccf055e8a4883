package org.frontline.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.frontline.model.Place;
import org.frontline.model.Provenance;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EventExportTest {
    private static final List<StoredEvent> EVENTS = List.of(
            new StoredEvent(1, "one.example", "https://one.example/a", 7L, new Event(EventType.CAPTURE, LocalDate.of(2017, 6, 1),
                    "on Thursday", "SDF", "IS", List.of(Fixtures.place("Tabqa", 35.83, 38.55)), "Tabqa", null,
                    "The SDF took Tabqa, \"finally\", on Thursday; residents said.", new Provenance("a", 2, 10, 70), 0.9)),
            new StoredEvent(2, null, null, null, new Event(EventType.CASUALTIES, null, null, "IS", null,
                    List.of(Place.named("Raqqa")), "Raqqa", 12, "Twelve fighters were killed,\nofficials said.",
                    new Provenance("b", 0, 0, 40), 0.85)));

    @Test
    void csvParsesBackWithAcledColumns() throws Exception {
        StringWriter out = new StringWriter();
        EventExport.write(EventExport.byEvent(EVENTS), EventExport.Format.CSV, out);

        MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(out.toString());
        List<Map<String, String>> all = rows.readAll();
        assertThat(all).hasSize(2);
        assertThat(all.get(0).keySet()).containsSequence("event_date", "event_type", "sub_event_type", "actor1", "actor2",
                "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities");
        assertThat(all.get(0)).containsEntry("event_date", "2017-06-01").containsEntry("actor1", "SDF")
                .containsEntry("latitude", "35.83").containsEntry("geo_precision", "1").containsEntry("country", "Syria")
                .containsEntry("notes", "The SDF took Tabqa, \"finally\", on Thursday; residents said.");
        assertThat(all.get(1)).containsEntry("fatalities", "12").containsEntry("latitude", "").containsEntry("country", "")
                .containsEntry("evidence", "Twelve fighters were killed,\nofficials said.");
    }

    @Test
    void jsonIsTheRowsAsTheObjectMapperPrettyPrintsThem() throws Exception {
        List<EventExport.Row> rows = EventExport.byEvent(EVENTS);
        StringWriter out = new StringWriter();
        EventExport.write(rows, EventExport.Format.JSON, out);

        ObjectMapper mapper = new ObjectMapper();
        assertThat(out.toString()).isEqualTo(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(rows.stream().map(EventExport.Row::columns).toList()));
        JsonNode read = mapper.readTree(out.toString());
        assertThat(read).hasSize(2);
        assertThat(read.get(0).get("confidence").asDouble()).isEqualTo(0.9);
        assertThat(read.get(0).get("event_id").asLong()).isEqualTo(1);
        assertThat(read.get(0).get("country").asText()).isEqualTo("Syria");
        assertThat(read.get(1).get("latitude").isNull()).isTrue();
        assertThat(read.get(1).get("fatalities").asInt()).isEqualTo(12);
        assertThat(read.get(1).get("evidence").asText()).isEqualTo("Twelve fighters were killed,\nofficials said.");

        StringWriter none = new StringWriter();
        EventExport.write(List.of(), EventExport.Format.JSON, none);
        assertThat(none.toString()).isEqualTo("[ ]");
    }

    @Test
    void geojsonParsesBackAsPointsInLonLatOrder() throws Exception {
        StringWriter out = new StringWriter();
        EventExport.write(EventExport.byEvent(EVENTS), EventExport.Format.GEOJSON, out);

        JsonNode geojson = new ObjectMapper().readTree(out.toString());
        assertThat(geojson.get("type").asText()).isEqualTo("FeatureCollection");
        JsonNode first = geojson.get("features").get(0);
        assertThat(first.at("/geometry/type").asText()).isEqualTo("Point");
        assertThat(first.at("/geometry/coordinates/0").asDouble()).isEqualTo(38.55);
        assertThat(first.at("/geometry/coordinates/1").asDouble()).isEqualTo(35.83);
        assertThat(first.at("/properties/location").asText()).isEqualTo("Tabqa");
        assertThat(geojson.get("features").get(1).get("geometry").isNull()).isTrue();
    }

    @Test
    void byIncidentListsEverySource() {
        Incidents.StoredIncident incident = new Incidents.StoredIncident(7, EventType.CAPTURE, "SDF", "IS", "2017-06-01", "Tabqa",
                35.83, 38.55, 2, 0.8, List.of(new Incidents.Source("a", "one.example", 0), new Incidents.Source("c", "two.example", 1)));
        List<EventExport.Row> rows = EventExport.byIncident(EVENTS, Map.of(7L, incident));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).columns()).containsEntry("source", "one.example; two.example").containsEntry("sources", 2);
    }
}
