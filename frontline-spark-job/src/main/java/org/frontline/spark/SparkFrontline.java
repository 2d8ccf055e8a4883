package org.frontline.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.frontline.extract.Pipeline;
import org.frontline.ingest.ArticleReader;
import org.frontline.ingest.InputFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code frontline-spark}: the extraction pipeline on Apache Spark, locally or on a cluster through spark-submit. */
@Command(name = "frontline-spark", mixinStandardHelpOptions = true,
        description = "Runs Frontline's extraction on Apache Spark, for archives larger than one machine should read.",
        subcommands = {SparkFrontline.Extract.class, SparkFrontline.Convert.class})
public final class SparkFrontline {

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkFrontline()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
    }

    /** The master given, or spark-submit's, or all local cores; a local master binds to the loopback address only. */
    static SparkSession session(String master, String app) {
        SparkConf conf = new SparkConf().setAppName(app);
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.driver.host", "127.0.0.1").setIfMissing("spark.driver.bindAddress", "127.0.0.1")
                    .setIfMissing("spark.ui.enabled", "false");
        }
        return SparkSession.builder().config(conf).getOrCreate();
    }

    @Command(name = "extract", mixinStandardHelpOptions = true,
            description = {"Extracts events and relations from news pages, texts, feeds and WARC archives (" + InputFiles.SUPPORTED + ")",
                    "on any file system Spark reads, into DIR/articles/, DIR/events/ and DIR/relations/ (see docs/spark.md).",
                    "Wire copies across the archive are marked in the articles' wireCopyOf column.",
                    "Bad files are reported one line each and skipped; the exit code is then 1."})
    static final class Extract implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, directories (read recursively) or globs: local paths or hdfs://, s3a://, file:// URIs")
        List<String> paths;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "where the three tables go (a path or a URI); their directories must not exist")
        String out;

        @Option(names = "--master", paramLabel = "URL", description = "Spark master; default: spark-submit's, else local[*]")
        String master;

        @Option(names = "--format", defaultValue = "parquet", description = "parquet or jsonl (JSON lines, which 'frontline load' reads); default: ${DEFAULT-VALUE}")
        ExtractJob.Format format;

        @Option(names = "--partitions", paramLabel = "N", description = "tasks to cut the input into, at least; default: 4 per core of the cluster")
        Integer partitions;

        @Option(names = "--max-bytes", defaultValue = "" + ArticleReader.DEFAULT_MAX_BYTES, description = "larger files (and larger pages in a WARC) are refused; default: ${DEFAULT-VALUE}")
        long maxBytes;

        @Option(names = "--min-confidence", defaultValue = "" + Pipeline.DEFAULT_MIN_CONFIDENCE, description = "report events at least this sure; default: ${DEFAULT-VALUE}")
        double minConfidence;

        @Option(names = "--gazetteer", paramLabel = "DIR", description = "the user gazetteer directory, on every executor's local disk; default: $FRONTLINE_GAZETTEER or ~/.frontline/gazetteer there")
        String gazetteer;

        @Option(names = "--no-geocode", description = "leave places without coordinates (skips loading the gazetteer)")
        boolean noGeocode;

        @Override
        public Integer call() throws IOException {
            long start = System.nanoTime();
            try (SparkSession spark = session(master, "frontline extract")) {
                int tasks = partitions != null ? partitions : 4 * spark.sparkContext().defaultParallelism();
                ExtractJob.Summary summary = new ExtractJob(spark, new EngineHolder.Settings(minConfidence, !noGeocode, gazetteer, maxBytes))
                        .run(paths, out, format, tasks);
                for (String problem : summary.problems()) {
                    System.err.println("frontline-spark: " + problem);
                }
                System.err.println("frontline-spark: " + ExtractJob.describe(summary, (System.nanoTime() - start) / 1e9) + " written to " + out);
                return summary.problems().isEmpty() ? 0 : 1;
            } catch (IllegalArgumentException e) {
                System.err.println("frontline-spark: " + e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "convert", mixinStandardHelpOptions = true,
            description = "Rewrites the Parquet tables of 'extract' as JSON lines, for 'frontline load'.")
    static final class Convert implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "the output of 'frontline-spark extract --format parquet'")
        String in;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "where the JSON-lines tables go")
        String out;

        @Option(names = "--master", paramLabel = "URL", description = "Spark master; default: spark-submit's, else local[*]")
        String master;

        @Override
        public Integer call() throws IOException {
            try (SparkSession spark = session(master, "frontline convert")) {
                ExtractJob.convert(spark, in, out);
                System.err.println("frontline-spark: " + in + " written as JSON lines to " + out);
                return 0;
            } catch (RuntimeException e) {
                String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
                System.err.println("frontline-spark: " + in + ": " + message);
                return 1;
            }
        }
    }
}
