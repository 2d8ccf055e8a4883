package org.frontline.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.frontline.store.TextFingerprint;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sequence;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.xxhash64;

/**
 * Wire copies across the whole archive, by locality-sensitive hashing of the store's own MinHash signatures
 * ({@link TextFingerprint}: 64 hashes of 5-word shingles of the normalised text): the signature is cut into
 * {@value #BANDS} bands of {@value #ROWS} hashes; articles that share a band are candidates, and a candidate pair
 * is a copy when its estimated Jaccard similarity reaches {@link TextFingerprint#COPY_SIMILARITY}, the threshold
 * the store uses to count an incident's independent sources. Articles of the same normalised text (which the store
 * keeps once) are grouped by hash first, so that a story copied a thousand times makes no thousand-squared pairs.
 */
final class WireCopies {
    /** 16 bands of 4: a pair at similarity 0.7 shares a band with probability 1 - (1 - 0.7^4)^16 = 0.99, at 0.3 with 0.12. */
    static final int BANDS = 16;
    static final int ROWS = TextFingerprint.HASHES / BANDS;
    private static final int HEX_PER_HASH = 16;

    private WireCopies() {
    }

    /**
     * The article each article copies: the earliest (by publication date, then id) of those with the same normalised
     * text or a similar one.
     *
     * @param articles rows with {@code key} (unique per row), {@code id}, {@code published}, {@code normalizedHash}, {@code minhash}
     * @return {@code key} and {@code wireCopyOf} of the copies only
     */
    static Dataset<Row> find(Dataset<Row> articles) {
        UserDefinedFunction similarity = udf((UDF2<String, String, Double>) (a, b) ->
                TextFingerprint.similarity(TextFingerprint.parseMinhash(a), TextFingerprint.parseMinhash(b)), DataTypes.DoubleType);
        // a total order in one string: earliest date first (undated last), then id and key to break ties
        Column order = concat_ws("\u0001", coalesce(date_format(col("published"), "yyyy-MM-dd"), lit("9999-99-99")), col("id"), col("key"));
        Dataset<Row> ordered = articles.select(col("key"), col("id"), col("normalizedHash"), col("minhash"), order.as("order"));

        // one representative per normalised text: the earliest
        Dataset<Row> firsts = ordered.groupBy("normalizedHash").agg(min(struct(col("order"), col("id"), col("minhash"))).as("first"))
                .select(col("normalizedHash"), col("first.order").as("order"), col("first.id").as("id"), col("first.minhash").as("minhash"));

        // band rows carry 8-byte bucket hashes and the text's hash, not signatures: at 10^8 articles they are the
        // job's largest shuffle (16 rows per distinct text)
        Dataset<Row> buckets = firsts.withColumn("band", explode(sequence(lit(0), lit(BANDS - 1))))
                .select(col("band"), xxhash64(col("band"), expr("substring(minhash, band * " + ROWS * HEX_PER_HASH + " + 1, "
                        + ROWS * HEX_PER_HASH + ")")).as("bucket"), col("order"), col("normalizedHash"));
        Dataset<Row> a = buckets.select(col("band").as("aBand"), col("bucket").as("aBucket"), col("order").as("aOrder"),
                col("normalizedHash").as("aText"));
        Dataset<Row> b = buckets.select(col("band").as("bBand"), col("bucket").as("bBucket"), col("order").as("bOrder"),
                col("normalizedHash").as("bText"));
        Dataset<Row> candidates = a.join(b, col("aBand").equalTo(col("bBand")).and(col("aBucket").equalTo(col("bBucket")))
                        .and(col("aOrder").lt(col("bOrder"))))
                .select(col("aText"), col("bText"))
                .dropDuplicates();
        Dataset<Row> signatures = firsts.select(col("normalizedHash").as("text"), col("order"), col("id"), col("minhash"));
        Dataset<Row> nearest = candidates
                .join(signatures.toDF("aText", "aOrder", "aId", "aHash"), "aText")
                .join(signatures.toDF("bText", "bOrder", "bId", "bHash"), "bText")
                .filter(similarity.apply(col("aHash"), col("bHash")).geq(TextFingerprint.COPY_SIMILARITY))
                .groupBy("bText").agg(min(struct(col("aOrder"), col("aId"))).as("near"));

        // each text's origin: the earliest similar text's first article, else its own first article
        Dataset<Row> origins = firsts.join(nearest, col("normalizedHash").equalTo(col("bText")), "left")
                .select(col("normalizedHash"),
                        coalesce(col("near.aOrder"), col("order")).as("originOrder"),
                        coalesce(col("near.aId"), col("id")).as("originId"));
        return ordered.join(origins, "normalizedHash")
                .filter(col("order").notEqual(col("originOrder")))
                .select(col("key"), col("originId").as("wireCopyOf"));
    }
}
