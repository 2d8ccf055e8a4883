package org.frontline.terrain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.frontline.model.ControlClaim;
import org.frontline.model.Place;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * The layers of a control map as one GeoJSON FeatureCollection, each feature tagged with its {@code layer}:
 * border, territory (one feature per actor), place, contact (new ones flagged), corridor and chokepoint. The map
 * page draws exactly this collection, so the page and the GeoJSON export cannot drift apart.
 *
 * @param date        the date of the territory
 * @param territory   who holds what
 * @param contacts    contact lines of the territory
 * @param compareDate the earlier date new contacts are measured against; null for none
 * @param newContacts contact lines that are new since compareDate (empty without it)
 * @param linkUp      a link-up answer to draw; null for none
 */
public record MapLayers(LocalDate date, Territory territory, List<ContactLines.Line> contacts, LocalDate compareDate,
                        List<ContactLines.Line> newContacts, LinkUp.Result linkUp) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public MapLayers {
        contacts = List.copyOf(contacts);
        newContacts = List.copyOf(newContacts);
    }

    /** The territory with its contact lines, no comparison, no link-up. */
    public static MapLayers of(LocalDate date, Territory territory) {
        return new MapLayers(date, territory, ContactLines.of(territory), null, List.of(), null);
    }

    public String title() {
        return "Control on " + date + (compareDate == null ? "" : " (new contacts since " + compareDate + ")")
                + (linkUp == null ? "" : "; link-up " + linkUp.from() + " to " + linkUp.to() + ": "
                + (linkUp.connected() ? "connected" : "not connected"));
    }

    /** The FeatureCollection; foreign members {@code title}, {@code date} and {@code legend} carry what the page shows. */
    public ObjectNode featureCollection() {
        return featureCollection(true);
    }

    /**
     * The FeatureCollection, with or without the border layer: a server sends the borders once rather than with
     * every day's map (they are most of its bytes, and writing them most of the time of the JSON).
     */
    public ObjectNode featureCollection(boolean withBorders) {
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "FeatureCollection");
        root.put("title", title());
        root.put("date", date.toString());
        if (compareDate != null) {
            root.put("compare", compareDate.toString());
        }
        ArrayNode features = root.putArray("features");
        GeoJsonWriter writer = new GeoJsonWriter(5);
        writer.setEncodeCRS(false);
        if (withBorders) {
            territory.grid().borders().forEach((code, border) ->
                    feature(features, writer, border, "border").put("country", code));
        }
        ArrayNode legend = root.putArray("legend");
        for (Territory.Holding holding : territory.holdings().values()) {
            String color = ActorColors.of(holding.actor());
            feature(features, writer, territory.polygons(holding.actor()), "territory")
                    .put("actor", holding.actor()).put("color", color).put("cells", holding.cells()).put("km2", round(holding.km2()));
            legend.addObject().put("actor", holding.actor()).put("color", color).put("km2", round(holding.km2()));
        }
        for (Control control : territory.places()) {
            Place p = control.place();
            ObjectNode props = feature(features, writer, point(p.lon(), p.lat()), "place");
            props.put("name", p.name()).put("holder", control.holder()).put("contested", control.contested())
                    .put("approximate", p.approximate())
                    .put("color", control.holder() == null ? "#ffffff" : ActorColors.of(control.holder()));
            control.contestants().forEach(props.putArray("contestants")::add);
            control.claims().stream().map(ControlClaim::source).distinct().forEach(props.putArray("sources")::add);
        }
        contactFeatures(features, writer, contacts, false);
        contactFeatures(features, writer, newContacts, true);
        if (linkUp != null && linkUp.corridor() != null) {
            Coordinate[] path = linkUp.corridor().path().stream().map(c -> new Coordinate(c[0], c[1])).toArray(Coordinate[]::new);
            Geometry line = path.length > 1 ? Grid.GEOMETRY.createLineString(path) : point(path[0].x, path[0].y);
            ObjectNode props = feature(features, writer, line, "corridor");
            props.put("from", linkUp.from()).put("to", linkUp.to()).put("lengthKm", round(linkUp.corridor().lengthKm()));
            linkUp.corridor().places().forEach(props.putArray("places")::add);
            for (LinkUp.Chokepoint choke : linkUp.chokepoints()) {
                feature(features, writer, point(choke.lon(), choke.lat()), "chokepoint")
                        .put("cell", choke.cell()).put("holder", choke.holder()).put("place", choke.place());
            }
        }
        return root;
    }

    public String geoJson() {
        try {
            return JSON.writeValueAsString(featureCollection());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void contactFeatures(ArrayNode features, GeoJsonWriter writer, List<ContactLines.Line> lines, boolean isNew) {
        for (ContactLines.Line line : lines) {
            ObjectNode props = feature(features, writer, line.geometry(), "contact");
            props.put("a", line.actorA()).put("b", line.actorB()).put("lengthKm", round(line.lengthKm())).put("isNew", isNew);
            line.nearestPlaces().forEach(props.putArray("nearest")::add);
        }
    }

    private static ObjectNode feature(ArrayNode features, GeoJsonWriter writer, Geometry geometry, String layer) {
        ObjectNode feature = features.addObject();
        feature.put("type", "Feature");
        // the writer's JSON as it is: parsing it into nodes only to print it again doubled the time of a theatre's map
        feature.putRawValue("geometry", new RawValue(writer.write(geometry)));
        ObjectNode props = feature.putObject("properties");
        props.put("layer", layer);
        return props;
    }

    private static Geometry point(double lon, double lat) {
        return Grid.GEOMETRY.createPoint(new Coordinate(lon, lat));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
