package org.frontline.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

import java.io.UncheckedIOException;

/** The API's JSON: Jackson with ISO dates, geometries as GeoJSON with 5 decimals (about 1 m), as the map page writes them. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Json() {
    }

    static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode geometry(Geometry geometry) {
        GeoJsonWriter writer = new GeoJsonWriter(5);
        writer.setEncodeCRS(false);
        try {
            return MAPPER.readTree(writer.write(geometry));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
