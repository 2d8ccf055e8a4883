package org.frontline.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Ids of the articles inside a feed or an archive: the file's id and a short hash of the article's address. */
final class ArticleIds {

    private ArticleIds() {
    }

    /** "feed-3f9a0c1b2d": stable while the address stays, whatever the entry's position in the file. */
    static String within(String fileId, String address) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(address.getBytes(StandardCharsets.UTF_8));
            return fileId + "-" + HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
