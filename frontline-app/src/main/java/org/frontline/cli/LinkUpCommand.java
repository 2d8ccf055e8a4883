package org.frontline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.gazetteer.GazetteerAnswers;
import org.frontline.gazetteer.GazetteerLoader;
import org.frontline.server.StoredTerrain;
import org.frontline.store.Store;
import org.frontline.store.StoreException;
import org.frontline.terrain.Coalition;
import org.frontline.terrain.LinkUp;
import org.frontline.terrain.TerrainCache;
import org.frontline.terrain.Territory;
import org.frontline.terrain.Theatre;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code frontline linkup}: whether a coalition's territories connect on a date, and through whose land. */
@Command(name = "linkup", mixinStandardHelpOptions = true,
        description = {"Whether the coalition's territory (plus the passable actors') connects two places or two actors on a date:",
                "the shortest corridor, its chokepoints, and the answer without the passable actors. Territory comes from",
                "the base maps and the stored events up to the date."})
final class LinkUpCommand implements Callable<Integer> {
    enum Format { TEXT, JSON }

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Mixin
    TerrainOptions terrain;

    @Option(names = "--coalition", required = true, split = ",", paramLabel = "ACTOR", description = "the actors whose territory counts, e.g. PMF,SYR_GOV,HEZBOLLAH,IRN")
    List<String> coalition;

    @Option(names = "--derive", description = {"treat --coalition as seeds: add the actors that the relations of the articles published up to",
            "the date join to them (allied and part of, transitively; backers and clients one hop; never an actor hostile to a seed)"})
    boolean derive;

    @Option(names = "--passable", split = ",", paramLabel = "ACTOR", description = "actors whose territory may be crossed, e.g. SDF")
    List<String> passable = List.of();

    @Option(names = "--from", paramLabel = "PLACE", description = "start at this place")
    String fromPlace;

    @Option(names = "--to", paramLabel = "PLACE", description = "end at this place")
    String toPlace;

    @Option(names = "--from-actor", paramLabel = "ACTOR", description = "start anywhere in this actor's territory")
    String fromActor;

    @Option(names = "--to-actor", paramLabel = "ACTOR", description = "end anywhere in this actor's territory")
    String toActor;

    @Option(names = "--format", defaultValue = "text", description = "text or json (with a boolean 'connected'); default: ${DEFAULT-VALUE}")
    Format format;

    @Option(names = "--gazetteer", paramLabel = "DIR", description = "the user gazetteer directory, for --from/--to places the store does not know")
    Path gazetteer;

    private GazetteerAnswers answers;
    private Gazetteer loaded;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter err = spec.commandLine().getErr();
        if ((fromPlace == null) == (fromActor == null) || (toPlace == null) == (toActor == null)) {
            err.println("frontline: linkup: give one start (--from PLACE or --from-actor ACTOR) and one end (--to PLACE or --to-actor ACTOR)");
            return 1;
        }
        try (Store store = database.open()) {
            TerrainCache cache = TerrainOptions.cache(database, err);
            Theatre theatre = terrain.theatre(store, terrain.date, cache);
            Territory territory = cache.territory(theatre, terrain.date);
            List<String> members = upper(coalition);
            if (derive) {
                members = List.copyOf(Coalition.derive(members, store.relations().publishedUpTo(terrain.date)));
            }
            LinkUp.Result result = LinkUp.query(territory, members, upper(passable),
                    end(fromPlace, fromActor, store, theatre, territory, err), end(toPlace, toActor, store, theatre, territory, err));
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.JSON) {
                out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(result));
            } else {
                out.print(text(result, terrain.date));
            }
            out.flush();
            return 0;
        } catch (UserError | StoreException e) {
            err.println("frontline: " + e.getMessage());
            return 1;
        }
    }

    /**
     * The gazetteer's answers to names, kept beside the terrain cache: a link-up between places no base map names
     * (Damascus, Kobani) asks the gazetteer, built in seconds, only the first time.
     */
    private GazetteerAnswers answers(PrintWriter err) {
        if (answers == null) {
            answers = new GazetteerAnswers(database.cacheDirectory(), GazetteerLoader.fingerprint(gazetteer),
                    StoredTerrain.gazetteerAnswer(() -> {
                        if (loaded == null) {
                            loaded = GazetteerLoader.load(gazetteer, err); // once for both ends
                        }
                        return loaded;
                    }), message -> err.println("frontline: warning: " + message));
        }
        return answers;
    }

    private static List<String> upper(List<String> actors) {
        return actors.stream().map(a -> a.trim().toUpperCase(Locale.ROOT)).toList();
    }

    private LinkUp.End end(String place, String actor, Store store, Theatre theatre, Territory territory, PrintWriter err) {
        if (place != null) {
            try {
                return LinkUp.End.place(StoredTerrain.findPlace(place, store, theatre, answers(err)::resolve));
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage() + " (try 'frontline places search " + place + "')");
            }
        }
        String id = actor.trim().toUpperCase(Locale.ROOT);
        if (territory.cellsOf(id).length == 0) {
            throw new UserError(id + " holds no territory on " + terrain.date + " on this grid; holders: "
                    + String.join(", ", territory.holdings().keySet()));
        }
        return LinkUp.End.actor(id);
    }

    /** The answer to read: connected or not, the corridor, its chokepoints, and the answer without the passable actors. */
    static String text(LinkUp.Result r, LocalDate date) {
        StringBuilder b = new StringBuilder();
        b.append("Link-up ").append(r.from()).append(" → ").append(r.to()).append(" on ").append(date)
                .append(" (coalition ").append(String.join(", ", r.coalition()))
                .append(r.passable().isEmpty() ? "" : "; passable " + String.join(", ", r.passable())).append("): ")
                .append(r.connected() ? "connected" : "not connected").append('\n');
        if (r.connected()) {
            LinkUp.Corridor c = r.corridor();
            b.append(String.format(Locale.ROOT, "  corridor: %.0f km, %d cells%n", c.lengthKm(), c.cells()));
            b.append("  along: ").append(c.places().isEmpty() ? "-" : String.join(", ", c.places())).append('\n');
            b.append("  km per actor: ").append(c.kmByActor().entrySet().stream()
                    .map(e -> String.format(Locale.ROOT, "%s %.0f", e.getKey(), e.getValue())).collect(Collectors.joining(", "))).append('\n');
            Map<String, Long> byHolder = r.chokepoints().stream().collect(Collectors.groupingBy(
                    p -> p.holder() == null ? "unheld" : p.holder(), java.util.TreeMap::new, Collectors.counting()));
            b.append("  chokepoints: ").append(r.chokepoints().size()).append(" cells")
                    .append(byHolder.isEmpty() ? "" : " (" + byHolder.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                            .collect(Collectors.joining(", ")) + ")")
                    .append("; places whose loss cuts it: ")
                    .append(r.chokepointPlaces().isEmpty() ? "none" : String.join(", ", r.chokepointPlaces())).append('\n');
        }
        if (r.withoutPassable() != null) {
            LinkUp.Result own = r.withoutPassable();
            b.append("  without ").append(String.join(", ", r.passable())).append(": ")
                    .append(own.connected() ? String.format(Locale.ROOT, "connected (%.0f km)", own.corridor().lengthKm()) : "not connected")
                    .append('\n');
        }
        return b.toString();
    }
}
