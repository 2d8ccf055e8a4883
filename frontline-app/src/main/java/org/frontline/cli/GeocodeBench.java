package org.frontline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.gazetteer.GazetteerLoader;
import org.frontline.gazetteer.GeoNamesPlacesWriter;
import org.frontline.gazetteer.GreatCircle;
import org.frontline.gazetteer.PlaceResolver;
import org.frontline.ingest.ArticleReader;
import org.frontline.ingest.IngestException;
import org.frontline.model.Article;
import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.frontline.model.Extraction;
import org.frontline.model.Place;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code frontline bench geocode}: the gold place names of an evaluation corpus resolved by Frontline's
 * resolver and, side by side, by a peer geoparser in its own process with the same gazetteer (exported in
 * the GeoNames format), scored as the evaluation's geocoding line is: each gold event place with
 * coordinates, its error to where the system put that name.
 */
@Command(name = "geocode", mixinStandardHelpOptions = true,
        description = {"Geocoding of the gold place names of an evaluation corpus (<id>.txt articles, <id>.json gold",
                "records): share within 15 km of the gold point, median error, names left unresolved or put farther,",
                "names resolved/s on one thread after a warm-up round; for Frontline and, side by side, for a --peer",
                "given the same gazetteer (exported in the GeoNames format) and the same names."})
final class GeocodeBench implements Callable<Integer> {
    /** The evaluation's distance for a right place (../shared/eval/score.py). */
    static final double WITHIN_KM = 15;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CORPUS", description = "directory of <id>.txt articles and their <id>.json gold records")
    Path corpus;

    @Option(names = "--gazetteer", paramLabel = "DIR", description = "the user gazetteer directory merged with the shipped places; default: $FRONTLINE_GAZETTEER or ~/.frontline/gazetteer")
    Path gazetteer;

    @Option(names = "--seconds", defaultValue = "3", description = "timed resolving per system after the warm-up round; default: ${DEFAULT-VALUE}")
    double seconds;

    @Option(names = "--peer", paramLabel = "COMMAND", description = "a peer geoparser's command line (split at spaces),"
            + " run with --gazetteer places.txt --names names.tsv --out results.tsv --seconds S appended,"
            + " e.g. 'java -jar peers/clavin/target/clavin-peer.jar' (docs/gazetteer.md)")
    String peer;

    @Option(names = "--work", paramLabel = "DIR", description = "where the exported gazetteer, the names and the peer's results and log go; default: a new temporary directory")
    Path work;

    /** A gold event place with coordinates: what is scored. */
    record GoldPlace(String article, String name, double lat, double lon) {
    }

    /** An article with its gold events, their places named but not located, and its distinct names in text order. */
    record GoldArticle(Extraction unresolved, List<String> names, int[] positions) {
        String id() {
            return unresolved.article().id();
        }
    }

    /** Names resolved in the timed rounds, their wall time and the CPU time of the resolving thread. */
    record Rate(long names, double seconds, double cpuSeconds) {
        static final Rate NONE = new Rate(0, Double.NaN, Double.NaN);
    }

    /**
     * How one system did: gold places scored, within 15 km, median error, unresolved, resolved farther, speed;
     * and, per gold place in corpus order, the point it gave (null when unresolved).
     */
    record Score(String system, int places, double within, double medianKm, int unresolved, int far, Rate rate, List<double[]> points) {
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(spec.commandLine().getOut(), err);
        } catch (UserError e) {
            err.println("frontline: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("frontline: bench geocode: " + e.getMessage());
            return 1;
        }
    }

    private int run(PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        List<GoldPlace> gold = new ArrayList<>();
        List<GoldArticle> articles = readCorpus(corpus, gold, err);
        int names = articles.stream().mapToInt(a -> a.names().size()).sum();
        long t0 = System.nanoTime();
        Gazetteer g = GazetteerLoader.load(gazetteer, err);
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("frontline-geocode");
        out.printf("corpus      %s: %d articles with named places, %d distinct names to resolve, %d gold places with coordinates scored%n",
                corpus, articles.size(), names, gold.size());
        out.printf("gazetteer   %d places, loaded and indexed in %.2f s%n", g.size(), loadSeconds);

        List<Score> scores = new ArrayList<>();
        err.println("frontline: bench geocode: resolving with Frontline");
        scores.add(frontline(g, articles, gold, names));
        if (peer != null) {
            Path places = dir.resolve("places.txt");
            try (OutputStream o = Files.newOutputStream(places)) {
                GeoNamesPlacesWriter.write(g.places(), o);
            }
            Path namesFile = writeNames(articles, dir.resolve("names.tsv"));
            Path results = dir.resolve("results.tsv");
            Path log = dir.resolve("peer.log");
            List<String> command = new ArrayList<>(Arrays.asList(peer.trim().split("\\s+")));
            command.addAll(List.of("--gazetteer", places.toString(), "--names", namesFile.toString(), "--out", results.toString(),
                    "--seconds", Double.toString(seconds)));
            err.println("frontline: bench geocode: running the peer: " + String.join(" ", command));
            Process process;
            try {
                process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            } catch (IOException e) {
                throw new UserError("bench geocode: cannot run the peer '" + peer + "': " + e.getMessage());
            }
            int exit = process.waitFor();
            if (exit != 0) {
                List<String> lines = Files.readAllLines(log);
                throw new UserError("bench geocode: the peer failed (exit " + exit + "): "
                        + (lines.isEmpty() ? "no output" : lines.get(lines.size() - 1)) + "; see " + log);
            }
            Files.readAllLines(log).forEach(line -> out.println("peer        " + line));
            scores.addAll(peerScores(results, gold));
        }
        Path scored = writeScored(scores, gold, dir.resolve("scored.tsv"));
        out.printf("work        %s (each gold place and where each system put it: %s)%n", dir, scored.getFileName());
        int width = scores.stream().mapToInt(s -> s.system().length()).max().orElse(10) + 2;
        // on a machine shared with other work, wall time undercounts: CPU time tells what a core would do alone
        out.printf("%-" + width + "s%7s%14s%11s%12s%6s%10s%12s%n", "system", "places", "within 15 km", "median km", "unresolved", "far",
                "names/s", "names/CPU-s");
        for (Score s : scores) {
            out.printf("%-" + width + "s%7d%14.2f%11s%12d%6d%10.0f%12.0f%n", s.system(), s.places(), s.within(),
                    Double.isInfinite(s.medianKm()) ? "-" : String.format("%.1f", s.medianKm()), s.unresolved(), s.far(),
                    s.rate().names() / s.rate().seconds(), s.rate().names() / s.rate().cpuSeconds());
        }
        return 0;
    }

    /** Frontline's resolver on each article, its gold events as the places to resolve and its text as the context. */
    private Score frontline(Gazetteer g, List<GoldArticle> articles, List<GoldPlace> gold, int names) {
        PlaceResolver resolver = new PlaceResolver(g);
        Map<String, double[]> where = new HashMap<>();
        for (GoldArticle a : articles) { // the warm-up round gives the results
            for (Event e : resolver.resolve(a.unresolved()).events()) {
                for (Place p : e.places()) {
                    if (p.resolved() && a.names().contains(p.name())) {
                        where.putIfAbsent(key(a.id(), p.name()), new double[] {p.lat(), p.lon()});
                    }
                }
            }
        }
        long rounds = 0;
        long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long elapsed;
        do {
            articles.forEach(a -> resolver.resolve(a.unresolved()));
            rounds++;
            elapsed = System.nanoTime() - t0;
        } while (elapsed < seconds * 1e9);
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0;
        return score("frontline", gold, where, new Rate(rounds * names, elapsed / 1e9, cpu / 1e9));
    }

    /** The peer's results: one score per configuration it ran, in its order. */
    static List<Score> peerScores(Path results, List<GoldPlace> gold) throws IOException {
        Map<String, Map<String, double[]>> where = new LinkedHashMap<>();
        Map<String, Rate> rates = new HashMap<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(results, StandardCharsets.UTF_8)) {
            lineNo++;
            String[] c = line.split("\t", -1);
            try {
                if (c[0].equals("#rate") && c.length == 5) {
                    rates.put(c[1], new Rate(Long.parseLong(c[2]), Double.parseDouble(c[3]), Double.parseDouble(c[4])));
                } else if (c.length >= 5) {
                    Map<String, double[]> system = where.computeIfAbsent(c[0], k -> new HashMap<>());
                    if (!c[3].isEmpty()) {
                        system.put(key(c[1], c[2]), new double[] {Double.parseDouble(c[3]), Double.parseDouble(c[4])});
                    }
                } else {
                    throw new NumberFormatException("too few columns");
                }
            } catch (NumberFormatException e) {
                throw new UserError("bench geocode: " + results + ": line " + lineNo + " is not a peer result (" + e.getMessage() + ")");
            }
        }
        List<Score> scores = new ArrayList<>();
        where.forEach((system, points) -> scores.add(score(system, gold, points, rates.getOrDefault(system, Rate.NONE))));
        return scores;
    }

    /** Scores where a system put each name against the gold points, as score.py's geocoding line does. */
    static Score score(String system, List<GoldPlace> gold, Map<String, double[]> where, Rate rate) {
        double[] errors = new double[gold.size()];
        List<double[]> points = new ArrayList<>();
        int unresolved = 0;
        for (int i = 0; i < errors.length; i++) {
            GoldPlace p = gold.get(i);
            double[] at = where.get(key(p.article(), p.name()));
            errors[i] = at == null ? Double.POSITIVE_INFINITY : GreatCircle.km(p.lat(), p.lon(), at[0], at[1]);
            unresolved += at == null ? 1 : 0;
            points.add(at);
        }
        Arrays.sort(errors);
        long within = Arrays.stream(errors).filter(e -> e <= WITHIN_KM).count();
        long far = Arrays.stream(errors).filter(e -> e > WITHIN_KM && !Double.isInfinite(e)).count();
        return new Score(system, errors.length, errors.length == 0 ? 0 : (double) within / errors.length,
                errors.length == 0 ? Double.NaN : errors[errors.length / 2], unresolved, (int) far, rate, points);
    }

    private static String key(String article, String name) {
        return article + '\t' + name;
    }

    /**
     * Reads the corpus: each gold record's article (its .txt, read as {@code extract} reads it), its events with
     * their places named, and into {@code gold} each event place with coordinates.
     */
    static List<GoldArticle> readCorpus(Path dir, List<GoldPlace> gold, PrintWriter err) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new UserError("bench geocode: " + dir + ": not a directory of articles and gold records");
        }
        List<Path> records;
        try (Stream<Path> files = Files.list(dir)) {
            records = files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        if (records.isEmpty()) {
            throw new UserError("bench geocode: " + dir + ": no <id>.json gold record");
        }
        ObjectMapper json = new ObjectMapper();
        ArticleReader reader = new ArticleReader();
        List<GoldArticle> articles = new ArrayList<>();
        for (Path record : records) {
            String file = record.getFileName().toString();
            Path text = record.resolveSibling(file.substring(0, file.length() - ".json".length()) + ".txt");
            Article article;
            JsonNode root;
            try {
                root = json.readTree(record.toFile());
                article = reader.read(text);
            } catch (IngestException | IOException e) {
                err.printf("frontline: bench geocode: %s: skipped (%s)%n", Files.exists(text) ? record : text, e.getMessage());
                continue;
            }
            List<Event> events = new ArrayList<>();
            Set<String> names = new LinkedHashSet<>();
            for (JsonNode e : root.path("events")) {
                List<Place> places = new ArrayList<>();
                for (JsonNode p : e.path("places")) {
                    String name = p.path("name").asText("");
                    if (name.isBlank()) {
                        continue;
                    }
                    places.add(Place.named(name));
                    names.add(name);
                    if (p.path("lat").isNumber() && p.path("lon").isNumber()) {
                        gold.add(new GoldPlace(article.id(), name, p.path("lat").asDouble(), p.path("lon").asDouble()));
                    }
                }
                EventType type = EventType.fromCode(e.path("type").asText("attack"));
                events.add(new Event(type, null, null, e.path("actor").asText(null), e.path("target").asText(null), places,
                        e.path("place_text").asText(null), null, e.path("evidence").asText(null), null, 1.0));
            }
            if (names.isEmpty()) {
                continue;
            }
            // text order, names the text does not hold last: the order a named-entity tagger would give them in
            String full = article.fullText();
            List<String> ordered = names.stream().sorted(Comparator.comparingInt(n -> position(full, n) < 0 ? Integer.MAX_VALUE : position(full, n))).toList();
            articles.add(new GoldArticle(new Extraction(article, events, List.of()), ordered,
                    ordered.stream().mapToInt(n -> position(full, n)).toArray()));
        }
        return articles;
    }

    private static int position(String text, String name) {
        return text.indexOf(name);
    }

    /** scored.tsv: system, article, name, gold point, the system's point (empty when unresolved), error in km. */
    static Path writeScored(List<Score> scores, List<GoldPlace> gold, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("system\tarticle\tname\tgold_lat\tgold_lon\tlat\tlon\tkm\n");
            for (Score s : scores) {
                for (int i = 0; i < gold.size(); i++) {
                    GoldPlace g = gold.get(i);
                    double[] at = s.points().get(i);
                    w.write(String.join("\t", s.system(), g.article(), g.name(), Double.toString(g.lat()), Double.toString(g.lon()),
                            at == null ? "" : Double.toString(at[0]), at == null ? "" : Double.toString(at[1]),
                            at == null ? "" : String.format(Locale.ROOT, "%.1f", GreatCircle.km(g.lat(), g.lon(), at[0], at[1]))));
                    w.write('\n');
                }
            }
        }
        return file;
    }

    /** The peer's names.tsv: article, position in its text (-1 when absent), name. */
    static Path writeNames(List<GoldArticle> articles, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (GoldArticle a : articles) {
                for (int i = 0; i < a.names().size(); i++) {
                    w.write(a.id() + "\t" + a.positions()[i] + "\t" + a.names().get(i) + "\n");
                }
            }
        }
        return file;
    }
}
