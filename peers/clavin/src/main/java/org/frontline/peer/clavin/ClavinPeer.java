package org.frontline.peer.clavin;

import com.bericotech.clavin.ClavinException;
import com.bericotech.clavin.extractor.LocationOccurrence;
import com.bericotech.clavin.gazetteer.GeoName;
import com.bericotech.clavin.gazetteer.query.LuceneGazetteer;
import com.bericotech.clavin.index.IndexDirectoryBuilder;
import com.bericotech.clavin.resolver.ClavinLocationResolver;
import com.bericotech.clavin.resolver.ResolvedLocation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CLAVIN 2.1.0 as a peer of {@code frontline bench geocode}: builds CLAVIN's index from a GeoNames-format
 * file (Frontline's gazetteer, exported), then resolves each article's names, all of them given to CLAVIN
 * at once in text order as {@link LocationOccurrence}s so that its context heuristics (shared country and
 * province among the candidates of nearby names) can work, once per configuration. No NER: the names are
 * given.
 *
 * <pre>
 * java -jar clavin-peer.jar --gazetteer places.txt --names names.tsv --out results.tsv
 *      [--index DIR] [--seconds 3] [--config fuzzy=on,maxHitDepth=5,maxContextWindow=5]...
 * </pre>
 * names.tsv: {@code article TAB position TAB name}, an article's rows together and in text order (position
 * -1 when the name is not found in the text). results.tsv: {@code config TAB article TAB name TAB lat TAB
 * lon TAB geonameid} (the last three empty when unresolved) and one {@code #rate TAB config TAB names TAB
 * seconds TAB cpu-seconds} line per configuration: the articles resolved again after the warm-up round that
 * gave the results, on one thread, for at least {@code --seconds}.
 */
public final class ClavinPeer {
    /** The configurations run when none is given: CLAVIN's defaults, fuzzy off and on, and no context at all. */
    static final List<Config> DEFAULT_CONFIGS = List.of(
            new Config(false, ClavinLocationResolver.DEFAULT_MAX_HIT_DEPTH, ClavinLocationResolver.DEFAULT_MAX_CONTEXT_WINDOW),
            new Config(true, ClavinLocationResolver.DEFAULT_MAX_HIT_DEPTH, ClavinLocationResolver.DEFAULT_MAX_CONTEXT_WINDOW),
            new Config(true, 10, ClavinLocationResolver.DEFAULT_MAX_CONTEXT_WINDOW),
            new Config(true, 1, 1));

    private final ClavinLocationResolver resolver;

    ClavinPeer(Path index) throws ClavinException {
        this.resolver = new ClavinLocationResolver(new LuceneGazetteer(index.toFile()));
    }

    /** How CLAVIN is asked: fuzzy matching (when no exact match), candidates per name, names judged together. */
    record Config(boolean fuzzy, int maxHitDepth, int maxContextWindow) {
        String label() {
            return "clavin fuzzy=" + (fuzzy ? "on" : "off") + ",maxHitDepth=" + maxHitDepth + ",maxContextWindow=" + maxContextWindow;
        }

        /** Parses {@code fuzzy=on,maxHitDepth=5,maxContextWindow=5}; a key left out keeps CLAVIN's default. */
        static Config parse(String s) {
            boolean fuzzy = false;
            int depth = ClavinLocationResolver.DEFAULT_MAX_HIT_DEPTH;
            int window = ClavinLocationResolver.DEFAULT_MAX_CONTEXT_WINDOW;
            for (String part : s.split(",")) {
                String[] kv = part.split("=", 2);
                String value = kv.length == 2 ? kv[1].trim().toLowerCase(Locale.ROOT) : "";
                switch (kv[0].trim()) {
                    case "fuzzy" -> fuzzy = value.equals("on") || value.equals("true");
                    case "maxHitDepth" -> depth = positive(value, part);
                    case "maxContextWindow" -> window = positive(value, part);
                    default -> throw new IllegalArgumentException("--config: unknown key in '" + part
                            + "' (fuzzy, maxHitDepth, maxContextWindow)");
                }
            }
            return new Config(fuzzy, depth, window);
        }

        private static int positive(String value, String part) {
            try {
                int n = Integer.parseInt(value);
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("--config: '" + part + "' needs a positive whole number");
        }
    }

    /** One article's names, in text order. */
    record Article(String id, List<LocationOccurrence> names) {
    }

    /** Where CLAVIN put a name: its point and geonameid. */
    record Resolution(double lat, double lon, int geonameId) {
    }

    /** Builds CLAVIN's index of a GeoNames-format file (any existing index in {@code index} is replaced). */
    static void buildIndex(Path gazetteer, Path index) throws IOException {
        if (!Files.isRegularFile(gazetteer)) {
            throw new IOException(gazetteer + ": no such file");
        }
        // the builder's constructor is private: its main is the API (-i takes a ':'-separated list)
        IndexDirectoryBuilder.main(new String[] {"-i", gazetteer.toString(), "-o", index.toString(), "-r"});
    }

    /** Each name of the article that CLAVIN resolves, with its place; names it cannot place are absent. */
    Map<String, Resolution> resolve(Article article, Config c) throws ClavinException {
        Map<String, Resolution> out = new HashMap<>();
        for (ResolvedLocation r : resolver.resolveLocations(article.names(), c.maxHitDepth(), c.maxContextWindow(), c.fuzzy())) {
            GeoName g = r.getGeoname();
            out.putIfAbsent(r.getLocation().getText(), new Resolution(g.getLatitude(), g.getLongitude(), g.getGeonameID()));
        }
        return out;
    }

    /** Reads names.tsv into articles, in file order. */
    static List<Article> readNames(Path file) throws IOException {
        Map<String, List<LocationOccurrence>> byArticle = new LinkedHashMap<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length != 3 || c[2].isBlank()) {
                throw new IOException(file + ": line " + lineNo + ": expected article, position and name separated by tabs");
            }
            int position;
            try {
                position = Integer.parseInt(c[1].trim());
            } catch (NumberFormatException e) {
                throw new IOException(file + ": line " + lineNo + ": position '" + c[1] + "' is not a number");
            }
            byArticle.computeIfAbsent(c[0], k -> new ArrayList<>()).add(new LocationOccurrence(c[2], position));
        }
        List<Article> articles = new ArrayList<>();
        byArticle.forEach((id, names) -> articles.add(new Article(id, List.copyOf(names))));
        return articles;
    }

    /** Resolves every article with each configuration and writes results.tsv. */
    void run(List<Article> articles, List<Config> configs, double seconds, Path out) throws IOException, ClavinException {
        int names = articles.stream().mapToInt(a -> a.names().size()).sum();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Config c : configs) {
                for (Article a : articles) { // the warm-up round gives the results
                    Map<String, Resolution> r = resolve(a, c);
                    for (LocationOccurrence n : a.names()) {
                        Resolution p = r.get(n.getText());
                        w.write(String.join("\t", c.label(), a.id(), n.getText(), p == null ? "" : Double.toString(p.lat()),
                                p == null ? "" : Double.toString(p.lon()), p == null ? "" : Integer.toString(p.geonameId())));
                        w.write('\n');
                    }
                }
                long rounds = 0;
                long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                long elapsed;
                do {
                    for (Article a : articles) {
                        resolve(a, c);
                    }
                    rounds++;
                    elapsed = System.nanoTime() - t0;
                } while (elapsed < seconds * 1e9);
                long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0;
                w.write(String.join("\t", "#rate", c.label(), Long.toString(rounds * names),
                        String.format(Locale.ROOT, "%.4f", elapsed / 1e9), String.format(Locale.ROOT, "%.4f", cpu / 1e9)));
                w.write('\n');
            }
        }
    }

    public static void main(String[] args) {
        Map<String, String> opts = new HashMap<>();
        List<Config> configs = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (!a.startsWith("--") || i + 1 == args.length) {
                    throw new IllegalArgumentException("expected --option VALUE pairs, got '" + a + "'");
                }
                String v = args[++i];
                if (a.equals("--config")) {
                    configs.add(Config.parse(v));
                } else if (List.of("--gazetteer", "--names", "--out", "--index", "--seconds").contains(a)) {
                    opts.put(a, v);
                } else {
                    throw new IllegalArgumentException("unknown option " + a);
                }
            }
            for (String required : List.of("--gazetteer", "--names", "--out")) {
                if (!opts.containsKey(required)) {
                    throw new IllegalArgumentException(required + " is required");
                }
            }
            double seconds = Double.parseDouble(opts.getOrDefault("--seconds", "3"));
            Path out = Path.of(opts.get("--out"));
            Path index = opts.containsKey("--index") ? Path.of(opts.get("--index"))
                    : out.toAbsolutePath().resolveSibling("clavin-index");
            List<Article> articles = readNames(Path.of(opts.get("--names")));
            long t0 = System.nanoTime();
            buildIndex(Path.of(opts.get("--gazetteer")), index);
            System.out.printf(Locale.ROOT, "clavin-peer: index of %s built in %.2f s%n", opts.get("--gazetteer"), (System.nanoTime() - t0) / 1e9);
            new ClavinPeer(index).run(articles, configs.isEmpty() ? DEFAULT_CONFIGS : configs, seconds, out);
        } catch (IllegalArgumentException | IOException | UncheckedIOException | ClavinException e) {
            System.err.println("clavin-peer: " + e.getMessage());
            System.exit(1);
        }
    }
}
