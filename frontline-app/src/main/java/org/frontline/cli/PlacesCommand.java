package org.frontline.cli;

import org.frontline.gazetteer.Candidate;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.gazetteer.GazetteerEntry;
import org.frontline.gazetteer.GazetteerLoader;
import org.frontline.gazetteer.GeoJsonPlacesWriter;
import org.frontline.gazetteer.ImportResult;
import org.frontline.gazetteer.PlaceFormat;
import org.frontline.gazetteer.SearchContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/** {@code frontline places}: search the gazetteer, import place files into the user gazetteer directory. */
@Command(name = "places", mixinStandardHelpOptions = true,
        description = {"The gazetteer: the GeoNames places shipped with Frontline (Iraq, Syria and neighbours) and the",
                "files imported into the user gazetteer directory ($FRONTLINE_GAZETTEER, default ~/.frontline/gazetteer)."},
        subcommands = {PlacesCommand.Search.class, PlacesCommand.Import.class})
final class PlacesCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "search", mixinStandardHelpOptions = true, description = "Ranked candidates for a place name, and why.")
    static final class Search implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "NAME", description = "the name, any spelling or Arabic script")
        List<String> words;

        @Option(names = "--country", paramLabel = "ISO", split = ",", description = "countries the place is likely in (ISO alpha-2, e.g. IQ,SY)")
        List<String> countries;

        @Option(names = "--near", paramLabel = "LAT,LON", description = "a point the place is likely near")
        String near;

        @Option(names = "--gazetteer", paramLabel = "DIR", description = "the user gazetteer directory; default: $FRONTLINE_GAZETTEER or ~/.frontline/gazetteer")
        Path dir;

        @Option(names = "--limit", defaultValue = "10", description = "candidates to show; default: ${DEFAULT-VALUE}")
        int limit;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            List<SearchContext.Anchor> anchors = List.of();
            if (near != null) {
                String[] ll = near.split(",");
                try {
                    anchors = List.of(new SearchContext.Anchor(near, Double.parseDouble(ll[0].trim()), Double.parseDouble(ll[1].trim())));
                } catch (RuntimeException e) {
                    err.println("frontline: places search: --near must be LAT,LON in degrees, got '" + near + "'");
                    return 1;
                }
            }
            Set<String> iso = countries == null ? Set.of() : Set.copyOf(countries.stream().map(c -> c.trim().toUpperCase(Locale.ROOT)).toList());
            Gazetteer g = GazetteerLoader.load(dir == null ? GazetteerLoader.userDirectory() : dir, err);
            String name = String.join(" ", words);
            List<Candidate> found = g.search(name, new SearchContext(iso, anchors, Set.of()), limit);
            if (found.isEmpty()) {
                out.println("no place named '" + name + "' in the gazetteer (" + g.size() + " places)");
                return 0;
            }
            int rank = 1;
            for (Candidate c : found) {
                GazetteerEntry p = c.place();
                out.printf(Locale.ROOT, "%2d. %-28s %8.4f %9.4f  %-2s  %-16s score %.2f  %s%n", rank++, p.name(), p.lat(), p.lon(),
                        p.country() == null ? "?" : p.country(), String.join(",", p.sources()), c.score(), String.join("; ", c.reasons()));
            }
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Checks a place file and copies it into the user gazetteer directory, where search and extract",
                    "find it from then on (merged with the shipped places: same name within 2 km is one place).",
                    "With --country, only those countries' places are kept, stored as GeoJSON: the way to use",
                    "GeoNames' allCountries.txt, which is streamed through and never held whole."})
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "the file; .gz compressed files are read as well")
        Path file;

        @Option(names = "--format", required = true, description = "geonames, wikimap or geojson")
        PlaceFormat format;

        @Option(names = "--gazetteer", paramLabel = "DIR", description = "the user gazetteer directory; default: $FRONTLINE_GAZETTEER or ~/.frontline/gazetteer")
        Path dir;

        @Option(names = "--country", paramLabel = "ISO", split = ",", description = "keep only places of these countries (ISO alpha-2, e.g. IQ,SY)")
        List<String> countries;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!Files.isRegularFile(file)) {
                err.println("frontline: " + file + ": no such file");
                return 1;
            }
            Set<String> keep = countries == null ? null : Set.copyOf(countries.stream().map(c -> c.trim().toUpperCase(Locale.ROOT)).toList());
            try {
                ImportResult r = keep == null ? format.read(file) : format.read(file, p -> keep.contains(p.country()));
                if (r.places().isEmpty()) {
                    err.printf("frontline: %s: no place read as %s (%d rows skipped%s)%n", file, format.name().toLowerCase(Locale.ROOT),
                            r.skipped(), r.problems().isEmpty() ? "" : ", " + r.problems().get(0));
                    return 1;
                }
                Path target = dir == null ? GazetteerLoader.userDirectory() : dir;
                Files.createDirectories(target);
                Path copy;
                if (keep == null) {
                    copy = target.resolve(targetName(file.getFileName().toString(), format));
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                } else {
                    copy = target.resolve(baseName(file.getFileName().toString()) + "." + String.join("-", new TreeSet<>(keep)) + ".geojson");
                    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(copy))) {
                        GeoJsonPlacesWriter.write(r.places(), o);
                    }
                }
                out.printf("%d places imported from %s into %s; %d rows skipped%s%n", r.places().size(), file, copy, r.skipped(),
                        keep == null ? "" : ", " + r.left() + " places of other countries left out");
                r.problems().forEach(p -> out.println("  skipped " + p));
                return 0;
            } catch (IOException e) {
                err.println("frontline: " + file + ": " + e.getMessage());
                return 1;
            }
        }

        /** The copy's name carries the format, since the directory is read by file extension. */
        static String targetName(String name, PlaceFormat format) {
            boolean gz = name.endsWith(".gz");
            String base = baseName(name);
            String ext = switch (format) {
                case GEONAMES -> ".txt";
                case WIKIMAP -> ".lua";
                case GEOJSON -> ".geojson";
            };
            return base + ext + (gz ? ".gz" : "");
        }

        static String baseName(String name) {
            return name.replaceFirst("\\.gz$", "").replaceFirst("\\.[^.]*$", "");
        }
    }
}
