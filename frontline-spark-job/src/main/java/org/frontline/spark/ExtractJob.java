package org.frontline.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.SerializableConfiguration;
import org.frontline.ingest.ArticleReader;
import org.frontline.ingest.IngestException;
import org.frontline.ingest.InputFiles;
import org.frontline.model.Article;
import org.frontline.store.ExtractionTables;
import org.frontline.store.ExtractionTables.ArticleRow;
import org.frontline.store.ExtractionTables.ArticleRows;
import org.frontline.store.Ingester;
import org.frontline.store.TextFingerprint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.explode;

/**
 * The extraction of an archive on Spark: every input file read on an executor by the readers {@code frontline
 * extract} uses, through Hadoop's file systems (local, HDFS, S3), each article run through the same engine, then
 * wire copies found across the archive, and the three {@link ExtractionTables} written.
 */
final class ExtractJob {
    /** Output formats. */
    enum Format {
        PARQUET("parquet"), JSONL("json");

        final String spark;

        Format(String spark) {
            this.spark = spark;
        }
    }

    /** What a run did. */
    record Summary(long articles, long events, long relations, long wireCopies, List<String> problems) {
    }

    private static final List<String> ARTICLE_COLUMNS = Arrays.stream(ArticleRow.class.getRecordComponents())
            .map(c -> c.getName()).toList();

    private static final List<String> TABLES = List.of(ExtractionTables.ARTICLES, ExtractionTables.EVENTS, ExtractionTables.RELATIONS);

    private final SparkSession spark;
    private final EngineHolder.Settings settings;

    ExtractJob(SparkSession spark, EngineHolder.Settings settings) {
        this.spark = spark;
        this.settings = settings;
    }

    /**
     * @param paths      files, directories (read recursively) and globs, as Hadoop names them
     * @param partitions how many tasks the input is cut into, at least
     */
    Summary run(List<String> paths, String out, Format format, int partitions) throws IOException {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = jsc.hadoopConfiguration();
        for (String table : TABLES) {
            org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(out, table);
            if (target.getFileSystem(hadoop).exists(target)) {
                throw new IllegalArgumentException(target + " exists: choose another --out or remove it");
            }
        }
        List<String> problems = new ArrayList<>();
        List<String> files = inputFiles(paths, hadoop, problems);
        if (files.isEmpty()) {
            return new Summary(0, 0, 0, 0, problems);
        }
        // the joins that find wire copies shuffle as many partitions as the input has, not Spark's default 200
        spark.conf().set("spark.sql.shuffle.partitions", partitions);
        CollectionAccumulator<String> unreadable = spark.sparkContext().collectionAccumulator("unreadable files");
        EngineHolder.Settings engine = settings;
        SerializableConfiguration conf = new SerializableConfiguration(hadoop);
        JavaRDD<Row> extracted = jsc.parallelize(files, Math.max(1, Math.min(partitions, files.size())))
                .flatMap(file -> extract(file, conf.value(), engine, unreadable));
        Dataset<Row> all = spark.createDataFrame(extracted, RecordRows.schema(ArticleRows.class))
                .withColumn("key", concat_ws("/", col("article.id"), col("article.contentHash")))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            // extraction, once: every later stage reads the cached rows
            long articleCount = all.count();
            Dataset<Row> articles = all.select(col("key"), col("article.*"));
            Dataset<Row> copies = WireCopies.find(articles).withColumnRenamed("key", "copyKey").persist(StorageLevel.MEMORY_AND_DISK());
            Dataset<Row> marked = articles.drop("wireCopyOf").join(copies, col("key").equalTo(col("copyKey")), "left")
                    .select(ARTICLE_COLUMNS.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new));
            Dataset<Row> events = all.select(explode(col("events")).as("e")).select("e.*");
            Dataset<Row> relations = all.select(explode(col("relations")).as("r")).select("r.*");
            marked.write().format(format.spark).save(out + "/" + ExtractionTables.ARTICLES);
            events.write().format(format.spark).save(out + "/" + ExtractionTables.EVENTS);
            relations.write().format(format.spark).save(out + "/" + ExtractionTables.RELATIONS);
            problems.addAll(new LinkedHashSet<>(unreadable.value())); // a task run twice notes its files twice
            return new Summary(articleCount, events.count(), relations.count(), copies.count(), problems);
        } finally {
            all.unpersist();
        }
    }

    /**
     * The input files, as {@link InputFiles#expand} finds them on the local disk: a directory gives its supported
     * files at any depth (hidden ones left out), a file named must be supported, and each argument that gives
     * nothing is reported. Listed on the driver, so that the tasks get even shares of files.
     */
    static List<String> inputFiles(List<String> paths, Configuration hadoop, List<String> problems) throws IOException {
        Set<String> files = new LinkedHashSet<>();
        for (String p : paths) {
            org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(p);
            FileSystem fs = path.getFileSystem(hadoop);
            FileStatus[] found = fs.globStatus(path);
            if (found == null || found.length == 0) {
                problems.add(p + ": no such file or directory");
                continue;
            }
            for (FileStatus status : found) {
                if (status.isDirectory()) {
                    List<String> under = new ArrayList<>();
                    RemoteIterator<LocatedFileStatus> walk = fs.listFiles(status.getPath(), true);
                    int root = status.getPath().toUri().getPath().length();
                    while (walk.hasNext()) {
                        org.apache.hadoop.fs.Path file = walk.next().getPath();
                        String relative = file.toUri().getPath().substring(root);
                        if (!relative.contains("/.") && InputFiles.isSupported(Path.of(file.getName()))) {
                            under.add(file.toString());
                        }
                    }
                    under.sort(null);
                    files.addAll(under);
                } else if (InputFiles.isSupported(Path.of(status.getPath().getName()))) {
                    files.add(status.getPath().toString());
                } else if (found.length == 1) {
                    problems.add(p + ": unsupported file type (expected " + InputFiles.SUPPORTED + ")");
                }
            }
        }
        return new ArrayList<>(files);
    }

    /** On an executor: the rows of a file's articles, or none after noting why it cannot be read. */
    private static Iterator<Row> extract(String file, Configuration hadoop, EngineHolder.Settings settings,
                                         CollectionAccumulator<String> unreadable) throws IOException {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file);
        FileSystem fs = path.getFileSystem(hadoop);
        EngineHolder.Loaded engine = EngineHolder.get(settings);
        List<Article> articles;
        try {
            articles = engine.reader().readAll(Path.of(path.getName()), new ArticleReader.Source() {
                @Override
                public long size() throws IOException {
                    return fs.getFileStatus(path).getLen();
                }

                @Override
                public InputStream open() throws IOException {
                    return fs.open(path);
                }
            });
        } catch (IngestException e) {
            String problem = file + ": " + e.getMessage();
            System.err.println("frontline-spark: " + problem);
            unreadable.add(problem);
            return Collections.emptyIterator();
        }
        String version = Ingester.engineVersion();
        return articles.stream().map(a -> RecordRows.row(ExtractionTables.rows(engine.extract().apply(a),
                TextFingerprint.of(a.fullText()), version))).iterator();
    }

    /** Parquet tables rewritten as JSON lines, which {@code frontline load} reads. */
    static void convert(SparkSession spark, String in, String out) {
        for (String table : TABLES) {
            spark.read().parquet(in + "/" + table).write().json(out + "/" + table);
        }
    }

    static String describe(Summary s, double seconds) {
        return String.format(Locale.ROOT, "%d articles (%d wire copies), %d events, %d relations in %.1f s (%.1f articles/s)",
                s.articles(), s.wireCopies(), s.events(), s.relations(), seconds, s.articles() / Math.max(seconds, 1e-9));
    }
}
