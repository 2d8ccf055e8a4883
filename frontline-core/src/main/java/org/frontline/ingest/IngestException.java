package org.frontline.ingest;

/**
 * A file that cannot be read as an article. The message is the reason only ("binary file",
 * "no article text after removing boilerplate"); the caller names the file.
 */
public final class IngestException extends Exception {

    public IngestException(String reason) {
        super(reason);
    }

    public IngestException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
