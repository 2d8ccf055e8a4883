package org.frontline.ingest;

/**
 * A feed or page that could not be fetched, or was refused. The message is the reason, naming the address
 * ("refused: intranet.example resolves to 10.0.0.7, not a public address", "HTTP 503 from https://...").
 */
public final class FetchException extends Exception {

    public FetchException(String reason) {
        super(reason);
    }
}
