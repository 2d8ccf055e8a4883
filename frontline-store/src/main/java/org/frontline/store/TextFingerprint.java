package org.frontline.store;

import org.frontline.text.MatchText;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What tells articles apart: a hash of the text as read, a hash of its normalised form (the same story
 * saved twice), and a MinHash signature of its word shingles (wire copies with a changed line or byline).
 * MinHash is written here because it is twenty lines; the Java LSH libraries on Central are unmaintained.
 */
public record TextFingerprint(String contentHash, String normalizedHash, long[] minhash) {
    /** Words per shingle: long enough that shared phrases of unrelated stories rarely match. */
    private static final int SHINGLE = 5;
    /** Hashes in a signature. */
    public static final int HASHES = 64;
    /** Estimated Jaccard similarity from which two texts are copies of one story. */
    public static final double COPY_SIMILARITY = 0.7;
    /** Compiled once: every article is normalised. */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    public static TextFingerprint of(String text) {
        String normalized = normalize(text);
        return new TextFingerprint(sha256(text), sha256(normalized), minhash(normalized));
    }

    /** Folded quotes and dashes, lower case, one space between words. */
    static String normalize(String text) {
        return NOT_WORD.matcher(MatchText.fold(text).toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    static long[] minhash(String normalized) {
        String[] words = normalized.isEmpty() ? new String[0] : normalized.split(" ");
        long[] signature = new long[HASHES];
        Arrays.fill(signature, Long.MAX_VALUE);
        int shingles = Math.max(1, words.length - SHINGLE + 1);
        for (int i = 0; i < shingles; i++) {
            long h = 0xcbf29ce484222325L; // FNV-1a over the shingle's words
            for (int w = i; w < Math.min(words.length, i + SHINGLE); w++) {
                for (int c = 0; c < words[w].length(); c++) {
                    h = (h ^ words[w].charAt(c)) * 0x100000001b3L;
                }
                h = (h ^ ' ') * 0x100000001b3L;
            }
            for (int k = 0; k < HASHES; k++) {
                long v = mix(h + k * 0x9E3779B97F4A7C15L);
                if (v < signature[k]) {
                    signature[k] = v;
                }
            }
        }
        return signature;
    }

    /** The estimated Jaccard similarity of the shingle sets of two texts. */
    public static double similarity(long[] a, long[] b) {
        int same = 0;
        for (int k = 0; k < HASHES; k++) {
            if (a[k] == b[k]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    public String minhashHex() {
        StringBuilder hex = new StringBuilder(HASHES * 16);
        for (long v : minhash) {
            hex.append(HexFormat.of().toHexDigits(v));
        }
        return hex.toString();
    }

    public static long[] parseMinhash(String hex) {
        long[] signature = new long[hex.length() / 16];
        for (int k = 0; k < signature.length; k++) {
            signature[k] = HexFormat.fromHexDigitsToLong(hex, k * 16, k * 16 + 16);
        }
        return signature;
    }

    /** SplitMix64's finaliser: one hash function per k from one shingle hash. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
