package org.frontline.cli;

import me.tongfei.progressbar.ProgressBar;
import org.frontline.gazetteer.CountryBorders;
import org.frontline.gazetteer.GazetteerLoader;
import org.frontline.gazetteer.WikiMapModule;
import org.frontline.model.ControlClaim;
import org.frontline.server.StoredTerrain;
import org.frontline.model.Place;
import org.frontline.store.Store;
import org.frontline.store.StoreException;
import org.frontline.terrain.BaseMap;
import org.frontline.terrain.BaseMapFormat;
import org.frontline.terrain.MarkTable;
import org.frontline.terrain.ShippedBaseMap;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code frontline basemap}: base maps of who holds what, brought by the user, kept as control claims. */
@Command(name = "basemap", mixinStandardHelpOptions = true,
        description = {"Base maps: who held which place on a date, from a Wikipedia detailed-map module, GeoJSON points or CSV.",
                "Shipped: Wikipedia's detailed maps of Syria and Iraq of about 25 July 2017 (CC BY-SA 4.0): `basemap list`."},
        subcommands = {BaseMapCommand.ListShipped.class, BaseMapCommand.Import.class})
final class BaseMapCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the shipped base maps: name, date, marks, area.")
    static final class ListShipped implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%-16s %-10s %6s  %s%n", "name", "date", "marks", "area");
            for (ShippedBaseMap m : ShippedBaseMap.values()) {
                int marks = WikiMapModule.parse(m.source(), m.file()).marks().size();
                out.printf("%-16s %-10s %,6d  %s%n", m.mapName(), ShippedBaseMap.DATE, marks, m.area());
            }
            out.printf("%-16s %-10s %6s  %s%n", ShippedBaseMap.ALL, ShippedBaseMap.DATE, "", "the three together");
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Reads a base map and keeps its claims in the store: a shipped one by name (`basemap list`) or a file",
                    "with --format. Places without coordinates are looked up in the gazetteer. A mark further than "
                            + Import.THEATRE_KM + " km from",
                    "Iraq and Syria stops the import (nothing is stored). Importing the same map for the same date again changes nothing."})
    static final class Import implements Callable<Integer> {
        /** Unresolved places listed by name, at most. */
        private static final int LISTED = 10;
        /** Base maps are of Iraq and Syria: their names are looked up there. */
        private static final Set<String> THEATRE = Set.of("IQ", "SY");
        /**
         * How far outside Iraq and Syria a mark may lie: border posts and river islands sit on the line (the land
         * borders leave rivers and lakes out), Basra's oil terminals 30 km offshore.
         */
        static final int THEATRE_KM = 50;

        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOption database;

        @Parameters(paramLabel = "NAME|FILE", description = "a shipped base map (syria-2017-07, iraq-2017-07, border-2017-07, all-2017-07: `basemap list`) or a file")
        String map;

        @Option(names = "--format", description = "of a file: wikimap (a Wikipedia detailed-map Lua module), geojson or csv (place,actor,date[,lat,lon])")
        String format;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateOptionConverter.class,
                description = "the date of the map (rows with their own date keep it); a shipped map's own date by default")
        LocalDate date;

        @Option(names = "--marks", paramLabel = "TABLE", description = "a marks table (module, mark, actor, meaning; tab-separated) instead of the defaults for the module")
        Path marks;

        @Option(names = "--gazetteer", paramLabel = "DIR", description = "the user gazetteer directory, for places without coordinates; default: $FRONTLINE_GAZETTEER or ~/.frontline/gazetteer")
        Path gazetteer;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            Path file = Path.of(map);
            Optional<List<ShippedBaseMap>> shipped = ShippedBaseMap.named(map);
            if (format == null && shipped.isEmpty()) {
                err.println(Files.exists(file) ? "frontline: " + map + ": give its --format (wikimap, geojson, csv)"
                        : "frontline: " + map + ": not a shipped base map (" + ShippedBaseMap.names() + ") nor a file");
                return 1;
            }
            List<BaseMap> maps = new ArrayList<>();
            if (format == null) {
                for (ShippedBaseMap m : shipped.get()) {
                    maps.add(date == null ? m.read() : m.read(date));
                }
            } else {
                BaseMap read = readFile(file, err);
                if (read == null) {
                    return 1;
                }
                maps.add(read);
            }
            List<ControlClaim> all = maps.stream().flatMap(m -> m.claims().stream()).toList();
            Optional<String> outside = outsideTheTheatre(all);
            if (outside.isPresent()) {
                err.println("frontline: " + map + ": " + outside.get() + "; nothing imported");
                return 1;
            }
            try (Store store = database.open(); ProgressBar bar = Progress.bar("basemap", "places", all.size())) {
                Set<String> unresolved = new LinkedHashSet<>();
                List<ControlClaim> claims = StoredTerrain.locate(all, () -> GazetteerLoader.load(gazetteer, err), unresolved, bar::step);
                int added = store.claims().addAbsent(claims);
                bar.close();
                Map<String, Integer> unknown = new TreeMap<>();
                maps.forEach(m -> m.unknownMarks().forEach((k, v) -> unknown.merge(k, v, Integer::sum)));
                err.printf("frontline: %s: %d claims added, %d already stored; %d rows skipped%s; %d places unresolved%s%n",
                        map, added, claims.size() - added, maps.stream().mapToInt(BaseMap::skipped).sum(), unknownMarks(unknown),
                        unresolved.size(), unresolved.isEmpty() ? "" : " (" + unresolved.stream().limit(LISTED).collect(Collectors.joining(", "))
                                + (unresolved.size() > LISTED ? ", …" : "") + ")");
                return 0;
            } catch (StoreException e) {
                err.println("frontline: " + e.getMessage());
                return 1;
            }
        }

        private BaseMap readFile(Path file, PrintWriter err) {
            BaseMapFormat f;
            try {
                f = BaseMapFormat.fromCode(format);
            } catch (IllegalArgumentException e) {
                err.println("frontline: --format: '" + format + "' is not one of wikimap, geojson, csv");
                return null;
            }
            if (!Files.isRegularFile(file)) {
                err.println("frontline: " + file + ": no such file");
                return null;
            }
            if (date == null) {
                err.println("frontline: " + file + ": give the map's --date");
                return null;
            }
            MarkTable table = null;
            if (marks != null) {
                try {
                    table = MarkTable.read(marks);
                } catch (IOException | RuntimeException e) {
                    err.println("frontline: " + marks + ": not a marks table: " + e.getMessage());
                    return null;
                }
            }
            try {
                return f.read(file, date, table);
            } catch (IOException | RuntimeException e) {
                String why = e.getMessage() == null ? e.toString() : e.getMessage();
                err.println("frontline: " + file + ": cannot read as " + f.name().toLowerCase() + ": "
                        + why.replace(file.getFileName() + ": ", ""));
                return null;
            }
        }

        /** The first claim placed further than {@link #THEATRE_KM} km from Iraq and Syria, described. */
        private static Optional<String> outsideTheTheatre(List<ControlClaim> claims) {
            if (claims.stream().noneMatch(c -> c.place().resolved())) {
                return Optional.empty();
            }
            CountryBorders borders = CountryBorders.loadDefault();
            for (ControlClaim c : claims) {
                Place p = c.place();
                if (!p.resolved()) {
                    continue;
                }
                double km = THEATRE.stream().mapToDouble(iso -> borders.kmToBorder(iso, p.lat(), p.lon())).min().orElse(0);
                if (km > THEATRE_KM && !THEATRE.contains(borders.countryAt(p.lat(), p.lon()))) {
                    return Optional.of(String.format(Locale.ROOT, "%s (%.3f, %.3f) is %.0f km outside Iraq and Syria", p.name(), p.lat(), p.lon(), km));
                }
            }
            return Optional.empty();
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
