package org.frontline.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The bearer token that authorises writes (and reads, when asked): the one given in {@value #ENV}, else the one kept
 * in a file beside the store, generated on first start (256 random bits, readable by its owner only). Compared in
 * constant time; {@link #toString()} never shows it, so it cannot end up in a log.
 */
public final class ApiToken {
    public static final String ENV = "FRONTLINE_TOKEN";

    private final byte[] secret;
    private final String origin;

    private ApiToken(String secret, String origin) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.origin = origin;
    }

    /** A given token (from the environment or a test). */
    public static ApiToken of(String secret, String origin) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("the token must not be empty");
        }
        return new ApiToken(secret.strip(), origin);
    }

    /** The token of {@value #ENV} when set, else the one in {@code file}, created when missing. */
    public static ApiToken resolve(String fromEnvironment, Path file) {
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return of(fromEnvironment, "$" + ENV);
        }
        try {
            if (Files.isRegularFile(file)) {
                return of(Files.readString(file, StandardCharsets.UTF_8), file.toString());
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // a file system without POSIX permissions keeps the default ones
            }
            return new ApiToken(token, file + " (generated)");
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot keep the API token: " + e.getMessage(), e);
        }
    }

    /** Whether an {@code Authorization} header carries this token as {@code Bearer TOKEN}; constant time in the token. */
    public boolean authorises(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(secret, authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8));
    }

    /** Where the token comes from: the environment variable or the file, never the token itself. */
    public String origin() {
        return origin;
    }

    @Override
    public String toString() {
        return "ApiToken(from " + origin + ")";
    }
}
