package org.frontline.cli;

import org.frontline.store.Store;
import org.frontline.store.StoreException;
import org.frontline.terrain.ContactLines;
import org.frontline.terrain.LinkUp;
import org.frontline.terrain.MapLayers;
import org.frontline.terrain.MapPage;
import org.frontline.terrain.TerrainCache;
import org.frontline.terrain.Territory;
import org.frontline.terrain.Theatre;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code frontline map}: a self-contained page (or GeoJSON) of who holds what on a date. */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = {"Writes who holds what on a date as a self-contained HTML page (no network: country borders as the base layer)",
                "or as GeoJSON: territory per actor, places, contact lines (new ones since --compare), and a link-up corridor."})
final class MapCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Mixin
    TerrainOptions terrain;

    @Option(names = "--compare", paramLabel = "YYYY-MM-DD", converter = DateOptionConverter.class, description = "an earlier day: contact lines new since then are highlighted")
    LocalDate compare;

    @Option(names = "--out", required = true, paramLabel = "FILE.html|FILE.geojson", description = "where to write; the extension chooses the format")
    Path out;

    @Option(names = "--coalition", split = ",", paramLabel = "ACTOR", description = "draw the link-up of this coalition (with --from-actor and --to-actor)")
    List<String> coalition;

    @Option(names = "--passable", split = ",", paramLabel = "ACTOR", description = "actors the link-up may cross")
    List<String> passable = List.of();

    @Option(names = "--from-actor", paramLabel = "ACTOR", description = "the link-up's start")
    String fromActor;

    @Option(names = "--to-actor", paramLabel = "ACTOR", description = "the link-up's end")
    String toActor;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String name = out.getFileName().toString().toLowerCase();
        if (!name.endsWith(".html") && !name.endsWith(".geojson")) {
            err.println("frontline: --out: " + out + ": the name must end in .html or .geojson");
            return 1;
        }
        if ((coalition == null) != (fromActor == null) || (fromActor == null) != (toActor == null)) {
            err.println("frontline: map: a link-up needs --coalition, --from-actor and --to-actor together");
            return 1;
        }
        try (Store store = database.open()) {
            LocalDate last = compare != null && compare.isAfter(terrain.date) ? compare : terrain.date;
            TerrainCache cache = TerrainOptions.cache(database, err);
            Theatre theatre = terrain.theatre(store, last, cache);
            // the earlier date first: the later one then starts from it, applying only what changed in between
            Territory earlier = compare == null || !compare.isBefore(terrain.date) ? null : cache.territory(theatre, compare);
            Territory territory = cache.territory(theatre, terrain.date);
            if (compare != null && earlier == null) {
                earlier = cache.territory(theatre, compare);
            }
            LinkUp.Result linkUp = coalition == null ? null : LinkUp.query(territory, upper(coalition), upper(passable),
                    LinkUp.End.actor(fromActor.toUpperCase()), LinkUp.End.actor(toActor.toUpperCase()));
            MapLayers layers = new MapLayers(terrain.date, territory, ContactLines.of(territory), compare,
                    earlier == null ? List.of() : ContactLines.newSince(earlier, territory), linkUp);
            MapPage.write(layers, out);
            err.printf("frontline: %s written: %s%n", out, layers.title());
            return 0;
        } catch (UserError | StoreException e) {
            err.println("frontline: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("frontline: " + out + ": cannot write: " + e.getMessage());
            return 1;
        }
    }

    private static List<String> upper(List<String> actors) {
        return actors.stream().map(a -> a.trim().toUpperCase()).toList();
    }
}
