package org.frontline.gazetteer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;

/**
 * Writes places as GeoJSON points with every property {@link PlaceFormat#GEOJSON} reads back (id, name,
 * alternateNames, country, admin1, kind, population, sources): how an import that keeps part of a large
 * dump stores that part.
 */
public final class GeoJsonPlacesWriter {
    private GeoJsonPlacesWriter() {
    }

    public static void write(Collection<GazetteerEntry> places, OutputStream out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            for (GazetteerEntry p : places) {
                g.writeStartObject();
                g.writeStringField("type", "Feature");
                g.writeObjectFieldStart("geometry");
                g.writeStringField("type", "Point");
                g.writeArrayFieldStart("coordinates");
                g.writeNumber(p.lon());
                g.writeNumber(p.lat());
                g.writeEndArray();
                g.writeEndObject();
                g.writeObjectFieldStart("properties");
                g.writeStringField("id", p.id());
                g.writeStringField("name", p.name());
                g.writeArrayFieldStart("alternateNames");
                for (String n : p.alternateNames()) {
                    g.writeString(n);
                }
                g.writeEndArray();
                g.writeStringField("country", p.country());
                g.writeStringField("admin1", p.admin1());
                g.writeStringField("kind", p.kind().name());
                g.writeNumberField("population", p.population());
                g.writeArrayFieldStart("sources");
                for (String s : p.sources()) {
                    g.writeString(s);
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeEndObject();
                g.writeRaw('\n');
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }
}
