package org.frontline.ingest;

/**
 * A feed or page that could not be fetched, or was refused. The message is the reason, naming the address
 * ("refused: intranet.example resolves to 10.0.0.7, not a public address", "HTTP 503 from https://...").
 */
public final class FetchException extends Exception {
    private final boolean permanent;

    /** @param permanent asking again will not help: refused, disallowed, gone, too large; not a timeout or a 503 */
    public FetchException(String reason, boolean permanent) {
        super(reason);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
