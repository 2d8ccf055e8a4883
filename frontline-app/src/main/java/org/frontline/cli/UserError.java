package org.frontline.cli;

/** Bad input the user can fix, reported as one line ("frontline: ...") with exit code 1. */
final class UserError extends RuntimeException {
    UserError(String message) {
        super(message);
    }
}
