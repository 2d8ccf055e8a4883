package org.frontline.extract;

import java.time.LocalDate;

/**
 * Words that say when, with the day they resolve to.
 *
 * @param start offset of the first character in the text searched
 * @param end   offset after the last character
 * @param text  the words as written ("on Monday")
 * @param date  the day, or null when it cannot be derived (no publication date, a month without a day)
 */
public record DateMention(int start, int end, String text, LocalDate date) {
}
