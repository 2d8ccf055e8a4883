package org.frontline.cli;

import org.frontline.model.EventType;
import org.frontline.store.EventExport;
import org.frontline.store.EventQuery;
import org.frontline.store.LatLon;
import org.frontline.store.Store;
import org.frontline.store.StoreException;
import org.frontline.store.StoredEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

/** {@code frontline events}: stored events or incidents by type, actors, time and area, as a table, JSON, CSV or GeoJSON. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Lists stored events: one row per incident (a happening with all its sources) or per event (one report).",
                "CSV uses ACLED's column names where they fit, plus provenance columns; GeoJSON opens in QGIS."})
final class EventsCommand implements Callable<Integer> {
    enum By { INCIDENT, EVENT }

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--type", description = "capture, withdraw, advance, attack, casualties, siege or hold")
    EventType type;

    @Option(names = "--actor", description = "the side that acted, by canonical id (IS, SDF, PMF, ...)")
    String actor;

    @Option(names = "--target", description = "the other side, by canonical id")
    String target;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = DateOptionConverter.class, description = "first day, inclusive")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = DateOptionConverter.class, description = "last day, inclusive")
    LocalDate to;

    @Option(names = "--near", paramLabel = "PLACE|LAT,LON", description = "only events within --km of a point or of a stored place's coordinates")
    String near;

    @Option(names = "--km", defaultValue = "" + EventQuery.DEFAULT_KM, description = "radius for --near; default: ${DEFAULT-VALUE}")
    double km;

    @Option(names = "--format", defaultValue = "table", description = "table, json, csv or geojson; default: ${DEFAULT-VALUE}")
    EventExport.Format format;

    @Option(names = "--by", defaultValue = "incident", description = "incident or event; default: ${DEFAULT-VALUE}")
    By by;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (km <= 0) {
            err.println("frontline: events: --km must be positive, not " + km);
            return 2;
        }
        try (Store store = database.open()) {
            LatLon centre = null;
            if (near != null) {
                centre = LatLon.parse(near);
                if (centre == null) {
                    centre = store.events().locate(near).orElse(null);
                }
                if (centre == null) {
                    err.println("frontline: events: no stored place named '" + near + "' has coordinates; give LAT,LON instead");
                    return 1;
                }
            }
            List<StoredEvent> events = store.events().find(new EventQuery(type, actor, target, from, to, centre, km));
            List<EventExport.Row> rows = by == By.EVENT ? EventExport.byEvent(events) : EventExport.byIncident(events,
                    store.incidents().get(events.stream().map(StoredEvent::incidentId).filter(Objects::nonNull).distinct().toList()));
            EventExport.write(rows, format, spec.commandLine().getOut());
            return 0;
        } catch (StoreException e) {
            err.println("frontline: " + e.getMessage());
            return 1;
        }
    }
}
