package org.frontline.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.frontline.model.Article;
import org.frontline.model.Event;
import org.frontline.model.Extraction;
import org.frontline.model.Place;
import org.frontline.model.Relation;

/**
 * Writes an extraction as the gold records of the evaluation ({@code FORMAT.md}), so that the scorer can
 * judge it, or as Frontline's own JSON with provenance and confidence.
 */
public final class GoldFormat {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private GoldFormat() {
    }

    public static ObjectMapper mapper() {
        return JSON;
    }

    /** The record in the gold schema: id, url, source, published, events, relations. */
    public static ObjectNode gold(Extraction x) {
        Article a = x.article();
        ObjectNode root = JSON.createObjectNode();
        root.put("id", a.id());
        root.put("url", a.url());
        root.put("source", a.source());
        root.put("published", a.published() == null ? null : a.published().toString());
        ArrayNode events = root.putArray("events");
        for (Event e : x.events()) {
            ObjectNode n = events.addObject();
            n.put("type", e.type().code());
            n.put("date", e.date() == null ? null : e.date().toString());
            n.put("date_text", e.dateText());
            n.put("actor", e.actor());
            n.put("target", e.target());
            ArrayNode places = n.putArray("places");
            for (Place p : e.places()) {
                ObjectNode pn = places.addObject();
                pn.put("name", p.name());
                pn.put("lat", p.lat());
                pn.put("lon", p.lon());
                pn.put("coord_source", p.coordSource());
            }
            n.put("place_text", e.placeText());
            n.put("count", e.count());
            n.put("evidence", e.evidence());
            n.put("confidence", e.confidence());
        }
        ArrayNode relations = root.putArray("relations");
        for (Relation r : x.relations()) {
            ObjectNode n = relations.addObject();
            n.put("type", r.type().code());
            n.put("source", r.source());
            n.put("target", r.target());
            n.put("evidence", r.evidence());
        }
        return root;
    }

    /** Frontline's own record: the whole extraction with provenance and confidence. */
    public static ObjectNode full(Extraction x) {
        return JSON.valueToTree(x);
    }
}
