package org.frontline.cli;

import me.tongfei.progressbar.ProgressBar;
import org.frontline.gazetteer.GazetteerLoader;
import org.frontline.gazetteer.PlaceResolver;
import org.frontline.gazetteer.SearchContext;
import org.frontline.model.ControlClaim;
import org.frontline.model.Place;
import org.frontline.store.Store;
import org.frontline.store.StoreException;
import org.frontline.terrain.BaseMap;
import org.frontline.terrain.BaseMapFormat;
import org.frontline.terrain.MarkTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code frontline basemap}: base maps of who holds what, brought by the user, kept as control claims. */
@Command(name = "basemap", mixinStandardHelpOptions = true,
        description = "Base maps: who held which place on a date, from a Wikipedia detailed-map module, GeoJSON points or CSV.",
        subcommands = BaseMapCommand.Import.class)
final class BaseMapCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Reads a base map and keeps its claims in the store. Places without coordinates are looked up in the",
                    "gazetteer. Importing the same file for the same date again changes nothing."})
    static final class Import implements Callable<Integer> {
        /** Unresolved places listed by name, at most. */
        private static final int LISTED = 10;
        /** Base maps are of Iraq and Syria: their names are looked up there. */
        private static final Set<String> THEATRE = Set.of("IQ", "SY");

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOption database;

        @Parameters(paramLabel = "FILE", description = "the base map")
        Path file;

        @Option(names = "--format", required = true, description = "wikimap (a Wikipedia detailed-map Lua module), geojson or csv (place,actor,date[,lat,lon])")
        String format;

        @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", converter = PublishedDateConverter.class,
                description = "the date of the map (rows with their own date keep it)")
        LocalDate date;

        @Option(names = "--marks", paramLabel = "TABLE", description = "a marks table (module, mark, actor, meaning; tab-separated) instead of the defaults for the module")
        Path marks;

        @Option(names = "--gazetteer", paramLabel = "DIR", description = "the user gazetteer directory, for places without coordinates; default: $FRONTLINE_GAZETTEER or ~/.frontline/gazetteer")
        Path gazetteer;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            BaseMapFormat f;
            try {
                f = BaseMapFormat.fromCode(format);
            } catch (IllegalArgumentException e) {
                err.println("frontline: --format: '" + format + "' is not one of wikimap, geojson, csv");
                return 1;
            }
            if (!Files.isRegularFile(file)) {
                err.println("frontline: " + file + ": no such file");
                return 1;
            }
            MarkTable table = null;
            if (marks != null) {
                try {
                    table = MarkTable.read(marks);
                } catch (IOException | RuntimeException e) {
                    err.println("frontline: " + marks + ": not a marks table: " + e.getMessage());
                    return 1;
                }
            }
            BaseMap map;
            try {
                map = f.read(file, date, table);
            } catch (IOException | RuntimeException e) {
                err.println("frontline: " + file + ": cannot read as " + f.name().toLowerCase() + ": " + e.getMessage());
                return 1;
            }
            try (Store store = database.open(); ProgressBar bar = Progress.bar("basemap", "places", map.claims().size())) {
                Set<String> unresolved = new LinkedHashSet<>();
                List<ControlClaim> claims = located(map.claims(), unresolved, bar, err);
                int added = store.claims().addAbsent(claims);
                bar.close();
                err.printf("frontline: %s: %d claims added, %d already stored; %d rows skipped%s; %d places unresolved%s%n",
                        file, added, claims.size() - added, map.skipped(), unknownMarks(map.unknownMarks()), unresolved.size(),
                        unresolved.isEmpty() ? "" : " (" + unresolved.stream().limit(LISTED).collect(Collectors.joining(", "))
                                + (unresolved.size() > LISTED ? ", …" : "") + ")");
                return 0;
            } catch (StoreException e) {
                err.println("frontline: " + e.getMessage());
                return 1;
            }
        }

        /** The claims with coordinates, places without them looked up in the gazetteer (loaded only when needed). */
        private List<ControlClaim> located(List<ControlClaim> claims, Set<String> unresolved, ProgressBar bar, PrintWriter err) {
            PlaceResolver resolver = null;
            Map<String, Place> found = new HashMap<>();
            List<ControlClaim> located = new ArrayList<>(claims.size());
            for (ControlClaim c : claims) {
                bar.step();
                Place p = c.place();
                if (!p.resolved()) {
                    if (resolver == null) {
                        resolver = new PlaceResolver(GazetteerLoader.load(gazetteer, err));
                    }
                    PlaceResolver r = resolver;
                    p = found.computeIfAbsent(p.name(), n -> r.resolve(n, new SearchContext(THEATRE, List.of(), Set.of())));
                    if (!p.resolved()) {
                        unresolved.add(p.name());
                        continue;
                    }
                }
                located.add(new ControlClaim(p, c.actor(), c.date(), c.kind(), c.source(), c.confidence()));
            }
            return located;
        }

        private static String unknownMarks(Map<String, Integer> marks) {
            if (marks.isEmpty()) {
                return "; no unknown marks";
            }
            return "; unknown marks: " + marks.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "));
        }
    }
}
