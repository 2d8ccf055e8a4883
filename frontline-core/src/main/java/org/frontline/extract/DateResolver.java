package org.frontline.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date expressions in news text and resolves them against the publication date: weekdays ("on
 * Monday" is the last Monday on or before publication), "yesterday", "last week", "earlier this month",
 * month and day with or without a year ("on May 29": the last May 29 not after publication, so across a
 * year end it is last year's). Without a publication date only expressions that carry their year resolve.
 */
public final class DateResolver {
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";
    private static final String WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private static final String LEAD = "(?:(?:on|early|late|later|earlier|since|by|until|till|from|at dawn on|the night of)\\s+)?";
    private static final String PART = "(?:\\s+(?:morning|afternoon|evening|night))?";

    private static final Pattern MONTH_DAY = Pattern.compile(LEAD + "\\b(" + MONTHS + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?");
    private static final Pattern DAY_MONTH = Pattern.compile(LEAD + "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTHS + ")\\b(?:,?\\s+(\\d{4}))?");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?:(?:in|since|until|from)\\s+)?(?:(?:early|mid|late)[- ])?\\b(" + MONTHS + ")\\s+(\\d{4})\\b");
    private static final Pattern WEEKDAY = Pattern.compile(LEAD + "\\b(" + WEEKDAYS + ")" + PART + "\\b");
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(yesterday|today|tonight|this (?:morning|afternoon|evening)|since midnight|last night|last week|earlier this (?:week|month)|the day before)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Map<String, Integer> RELATIVE_DAYS = Map.of(
            "yesterday", -1, "today", 0, "tonight", 0, "this morning", 0, "this afternoon", 0, "this evening", 0,
            "since midnight", 0, "last night", -1, "the day before", -1);

    /**
     * The latest date the text gives with its year ("May 18, 2017"), or null. It stands in for a missing
     * publication date when only the year is missing; weekdays and "yesterday" stay unresolved.
     */
    public LocalDate latestFullDate(String text) {
        LocalDate latest = null;
        for (DateMention d : find(text, null)) {
            if (d.date() != null && (latest == null || d.date().isAfter(latest))) {
                latest = d.date();
            }
        }
        return latest;
    }

    /** All date expressions in text, in order, none overlapping. */
    public List<DateMention> find(String text, LocalDate published) {
        return find(text, published, published);
    }

    /**
     * As {@link #find(String, LocalDate)}, with a separate date that only gives the year of a month and day
     * ("on May 18") when the publication date is unknown.
     */
    public List<DateMention> find(String text, LocalDate published, LocalDate yearReference) {
        List<DateMention> found = new ArrayList<>();
        // the patterns open with optional words, so each is tried from every character: a text without the digits
        // that three of them need, or without the "day" that every weekday ends in, is spared them
        boolean digits = text.chars().anyMatch(c -> c >= '0' && c <= '9');
        boolean weekdays = text.contains("day");
        Matcher m = MONTH_DAY.matcher(text);
        while (digits && m.find()) {
            add(found, m, monthDay(month(m.group(1)), Integer.parseInt(m.group(2)), m.group(3), yearReference));
        }
        m = DAY_MONTH.matcher(text);
        while (digits && m.find()) {
            add(found, m, monthDay(month(m.group(2)), Integer.parseInt(m.group(1)), m.group(3), yearReference));
        }
        m = MONTH_YEAR.matcher(text);
        while (digits && m.find()) {
            add(found, m, null);
        }
        m = WEEKDAY.matcher(text);
        while (weekdays && m.find()) {
            LocalDate d = published == null ? null
                    : published.with(TemporalAdjusters.previousOrSame(DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT))));
            add(found, m, d);
        }
        m = RELATIVE.matcher(text);
        while (m.find()) {
            add(found, m, published == null ? null : relative(m.group(1).toLowerCase(Locale.ROOT), published));
        }
        found.sort(Comparator.comparingInt(DateMention::start));
        return found;
    }

    private static LocalDate relative(String words, LocalDate published) {
        Integer days = RELATIVE_DAYS.get(words);
        if (days != null) {
            return published.plusDays(days);
        }
        return switch (words) {
            case "last week" -> published.minusWeeks(1);
            case "earlier this week" -> published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            // "earlier this month": the middle of the days of the month before publication
            case "earlier this month" -> published.withDayOfMonth(1).plusDays((published.getDayOfMonth() - 1) / 2);
            default -> null;
        };
    }

    private static void add(List<DateMention> found, Matcher m, LocalDate date) {
        for (DateMention d : found) {
            if (d.start() < m.end() && m.start() < d.end()) {
                return; // an earlier, more specific pattern already covers these words
            }
        }
        found.add(new DateMention(m.start(), m.end(), m.group(), date));
    }

    private static Month month(String name) {
        String key = name.replace(".", "").substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(key)) {
                return month;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static LocalDate monthDay(Month month, int day, String year, LocalDate published) {
        if (day < 1 || day > month.maxLength()) {
            return null;
        }
        if (year != null) {
            int y = Integer.parseInt(year);
            return day <= month.length(java.time.Year.isLeap(y)) ? LocalDate.of(y, month, day) : null;
        }
        if (published == null) {
            return null;
        }
        int y = published.getYear();
        if (day > month.length(java.time.Year.isLeap(y))) {
            return null;
        }
        LocalDate candidate = LocalDate.of(y, month, day);
        // news reports the past: a day after publication is last year's
        return candidate.isAfter(published.plusDays(1)) ? candidate.minusYears(1) : candidate;
    }
}
