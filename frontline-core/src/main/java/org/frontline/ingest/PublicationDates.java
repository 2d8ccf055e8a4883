package org.frontline.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates: the strict form users type, and the many forms pages declare. */
public final class PublicationDates {

    /** A date that starts an ISO date-time; its local date is the publisher's calendar day. */
    private static final Pattern ISO_PREFIX = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:$|[T ])");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:$|T)");

    private static final List<DateTimeFormatter> WRITTEN = List.of(
            formatter("EEE, d MMM uuuu[ HH:mm[:ss][ zzz][ Z]]"),   // RFC 1123, as in feeds and HTTP
            formatter("MMMM d, uuuu"),
            formatter("MMM d, uuuu"),
            formatter("d MMMM uuuu"),
            formatter("d MMM uuuu"),
            formatter("EEEE, MMMM d, uuuu"));

    private PublicationDates() {
    }

    /**
     * Parses a date given by a user (the {@code --published} option, a {@code Published:} header).
     *
     * @throws IllegalArgumentException with a message saying what is wrong and what is expected
     */
    public static LocalDate parse(String text) {
        String value = text == null ? "" : text.strip();
        try {
            return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("invalid date '" + value + "': expected YYYY-MM-DD, a real calendar day");
        }
    }

    /**
     * Reads a date as pages write it in metadata: ISO dates and date-times (the date as written, not shifted to
     * UTC, since the publisher's own day is the one relative dates in the text refer to), compact 20180318,
     * RFC 1123, and English "March 18, 2018" / "18 March 2018".
     */
    public static Optional<LocalDate> fromMetadata(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        for (Pattern pattern : List.of(ISO_PREFIX, COMPACT)) {
            Matcher m = pattern.matcher(value);
            if (m.find()) {
                return ofFields(m.group(1), m.group(2), m.group(3));
            }
        }
        for (DateTimeFormatter f : WRITTEN) {
            try {
                return Optional.of(LocalDate.from(f.parse(value)));
            } catch (DateTimeParseException e) {
                // not this form; try the next
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> ofFields(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }
}
