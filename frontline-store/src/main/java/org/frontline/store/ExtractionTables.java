package org.frontline.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.frontline.model.Article;
import org.frontline.model.Event;
import org.frontline.model.EventType;
import org.frontline.model.Extraction;
import org.frontline.model.Place;
import org.frontline.model.Provenance;
import org.frontline.model.Relation;
import org.frontline.model.RelationType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Extractions as three flat tables, the output of the Spark job ({@code frontline-spark extract}) that
 * {@code frontline load} reads: {@code articles/} (one row per article, with its fingerprint and the article it
 * is a wire copy of), {@code events/} and {@code relations/} (one row per finding, with its provenance), each a
 * directory of part files. The column names are the record components below, in Parquet and JSON lines alike.
 */
public final class ExtractionTables {
    public static final String ARTICLES = "articles";
    public static final String EVENTS = "events";
    public static final String RELATIONS = "relations";

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ExtractionTables() {
    }

    /**
     * An article as read, with its {@link TextFingerprint} and the engine version that extracted it.
     *
     * @param wireCopyOf the earliest article (by publication date, then id) whose text this one copies: the same
     *                   normalised text, or an estimated Jaccard similarity of their shingles of at least
     *                   {@link TextFingerprint#COPY_SIMILARITY}; null for an original
     */
    public record ArticleRow(String id, String url, String source, LocalDate published, String title, String text,
                             String contentHash, String normalizedHash, String minhash, String engineVersion,
                             String wireCopyOf) {
    }

    /** An event, its places and its provenance; {@code ordinal} is its place in the article's list. */
    public record EventRow(String articleId, int ordinal, String type, LocalDate date, String dateText, String actor,
                           String target, List<Place> places, String placeText, Integer count, String evidence,
                           int sentenceIndex, int start, int end, double confidence) {
    }

    /** A relation and its provenance; {@code ordinal} is its place in the article's list. */
    public record RelationRow(String articleId, int ordinal, String type, String source, String target, String evidence,
                              int sentenceIndex, int start, int end, double confidence) {
    }

    /** One article's rows. */
    public record ArticleRows(ArticleRow article, List<EventRow> events, List<RelationRow> relations) {
    }

    /** The rows of an extraction, before wire copies are known. */
    public static ArticleRows rows(Extraction x, TextFingerprint fingerprint, String engineVersion) {
        Article a = x.article();
        ArticleRow article = new ArticleRow(a.id(), a.url(), a.source(), a.published(), a.title(), a.text(),
                fingerprint.contentHash(), fingerprint.normalizedHash(), fingerprint.minhashHex(), engineVersion, null);
        List<EventRow> events = new ArrayList<>(x.events().size());
        for (Event e : x.events()) {
            Provenance p = e.provenance();
            events.add(new EventRow(a.id(), events.size(), e.type().name(), e.date(), e.dateText(), e.actor(), e.target(),
                    e.places(), e.placeText(), e.count(), e.evidence(), p.sentenceIndex(), p.start(), p.end(), e.confidence()));
        }
        List<RelationRow> relations = new ArrayList<>(x.relations().size());
        for (Relation r : x.relations()) {
            Provenance p = r.provenance();
            relations.add(new RelationRow(a.id(), relations.size(), r.type().name(), r.source(), r.target(), r.evidence(),
                    p.sentenceIndex(), p.start(), p.end(), r.confidence()));
        }
        return new ArticleRows(article, events, relations);
    }

    /** The extraction that {@link #rows} made these rows of. */
    public static Extraction extraction(ArticleRows rows) {
        ArticleRow a = rows.article();
        Article article = new Article(a.id(), a.url(), a.source(), a.published(), a.title(), a.text());
        List<Event> events = rows.events().stream().sorted(Comparator.comparingInt(EventRow::ordinal))
                .map(e -> new Event(EventType.valueOf(e.type()), e.date(), e.dateText(), e.actor(), e.target(),
                        e.places() == null ? List.of() : e.places(), e.placeText(), e.count(), e.evidence(),
                        new Provenance(a.id(), e.sentenceIndex(), e.start(), e.end()), e.confidence()))
                .toList();
        List<Relation> relations = rows.relations().stream().sorted(Comparator.comparingInt(RelationRow::ordinal))
                .map(r -> new Relation(RelationType.valueOf(r.type()), r.source(), r.target(), r.evidence(),
                        new Provenance(a.id(), r.sentenceIndex(), r.start(), r.end()), r.confidence()))
                .toList();
        return new Extraction(article, events, relations);
    }

    /** The fingerprint the job computed, so that loading stores the same hashes {@code ingest} would. */
    public static TextFingerprint fingerprint(ArticleRow a) {
        return new TextFingerprint(a.contentHash(), a.normalizedHash(), TextFingerprint.parseMinhash(a.minhash()));
    }

    /** What a load did. */
    public record LoadSummary(int added, int duplicates, int incidents) {
    }

    /**
     * Stores the JSON-lines tables under {@code dir} through {@link Articles#add}, one transaction per article as
     * {@code ingest} does, so a second load of the same tables adds nothing; then links incidents.
     *
     * @param progress told each article's outcome
     * @throws StoreException naming the file and line of a table that cannot be read
     */
    public static LoadSummary load(Path dir, Store store, Consumer<Articles.Outcome> progress) {
        Articles articles = store.articles();
        int[] counts = new int[2];
        int[] incidents = new int[1];
        forEach(dir, rows -> {
            Extraction extraction = extraction(rows);
            Articles.Outcome outcome = articles.add(extraction, fingerprint(rows.article()), rows.article().engineVersion());
            counts[outcome.ordinal()]++;
            if (outcome == Articles.Outcome.ADDED) {
                // the events that can join no other got their incidents as the article was stored, as in ingest
                incidents[0] += Incidents.writtenWith(extraction);
            }
            progress.accept(outcome);
        });
        incidents[0] += store.incidents().update();
        return new LoadSummary(counts[Articles.Outcome.ADDED.ordinal()], counts[Articles.Outcome.DUPLICATE.ordinal()], incidents[0]);
    }

    /**
     * Each article's rows from the JSON-lines tables under {@code dir}, in the order of the article part files.
     * Events and relations are held in memory, grouped by article; article texts are streamed.
     */
    public static void forEach(Path dir, Consumer<ArticleRows> each) {
        Map<String, List<EventRow>> events = grouped(dir, EVENTS, EventRow.class, EventRow::articleId);
        Map<String, List<RelationRow>> relations = grouped(dir, RELATIONS, RelationRow.class, RelationRow::articleId);
        read(dir, ARTICLES, ArticleRow.class, a -> each.accept(
                new ArticleRows(a, events.getOrDefault(a.id(), List.of()), relations.getOrDefault(a.id(), List.of()))));
    }

    /** The number of article rows, to size a progress bar. */
    public static long countArticles(Path dir) {
        long n = 0;
        for (Path part : parts(dir, ARTICLES)) {
            try (Stream<String> lines = Files.lines(part)) {
                n += lines.filter(l -> !l.isBlank()).count();
            } catch (IOException | UncheckedIOException e) {
                throw new StoreException(part + ": cannot read: " + e.getMessage(), e);
            }
        }
        return n;
    }

    private static <T> Map<String, List<T>> grouped(Path dir, String table, Class<T> type, java.util.function.Function<T, String> article) {
        Map<String, List<T>> byArticle = new HashMap<>();
        read(dir, table, type, row -> byArticle.computeIfAbsent(article.apply(row), k -> new ArrayList<>()).add(row));
        return byArticle;
    }

    private static <T> void read(Path dir, String table, Class<T> type, Consumer<T> each) {
        ObjectReader reader = JSON.readerFor(type);
        for (Path part : parts(dir, table)) {
            try (MappingIterator<T> rows = reader.readValues(part.toFile())) {
                while (rows.hasNextValue()) {
                    each.accept(rows.nextValue());
                }
            } catch (IOException | RuntimeException e) {
                if (e instanceof StoreException s) {
                    throw s;
                }
                throw new StoreException(part + ": not a row of frontline-spark's " + table + " table: " + firstLine(e.getMessage()), e);
            }
        }
    }

    /**
     * The JSON-lines part files of a table. Parquet is refused with the way out: reading it needs Hadoop's
     * classes, which stay in the Spark module.
     */
    static List<Path> parts(Path dir, String table) {
        Path tableDir = dir.resolve(table);
        if (!Files.isDirectory(tableDir)) {
            throw new StoreException(tableDir + ": no such directory (expected the output of frontline-spark extract: "
                    + ARTICLES + "/, " + EVENTS + "/, " + RELATIONS + "/)");
        }
        try (Stream<Path> files = Files.list(tableDir)) {
            List<Path> all = files.filter(Files::isRegularFile).sorted().toList();
            if (all.stream().anyMatch(f -> name(f).endsWith(".parquet"))) {
                throw new StoreException(tableDir + ": Parquet is read by Spark only; write JSON lines with"
                        + " 'frontline-spark extract ... --format jsonl', or convert with 'frontline-spark convert "
                        + dir + " --out DIR'");
            }
            return all.stream().filter(f -> name(f).endsWith(".json")).toList();
        } catch (IOException e) {
            throw new StoreException(tableDir + ": cannot list: " + e.getMessage(), e);
        }
    }

    /** Jackson's messages run on with the source excerpt on further lines. */
    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    private static String name(Path f) {
        return f.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
