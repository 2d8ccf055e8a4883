package org.frontline.ingest;

import org.frontline.text.WordStartPattern;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Drops the page furniture that survives into scraped text and main-content extraction: navigation and UI
 * labels, newsletter and comment boxes, date stamps, bylines, photo captions and credits, related-story
 * headlines, markup debris. It works by general rules on the shape of each block (sentence punctuation,
 * length, link density, position, repetition) and a small vocabulary of UI phrases, never by a list of the
 * strings some site prints. It is conservative: a block that reads as a sentence is kept unless it is a UI
 * phrase, a caption or a repeat, so an article paragraph or a short news sentence survives.
 *
 * <p>Thread-safe and stateless.
 */
final class BoilerplateFilter {

    /** A block without sentence punctuation at least this long is prose: a standfirst or a truncated paragraph. */
    private static final int MIN_PROSE_WORDS = 10;
    private static final int MIN_TITLE_WORDS = 3;
    private static final int MAX_TITLE_WORDS = 25;
    /** The headline is among the first few blocks, before the first sentence. */
    private static final int TITLE_SEARCH_BLOCKS = 5;
    /** Captions and UI boxes are short; a block longer than this is never taken for one. */
    private static final int MAX_FURNITURE_WORDS = 60;
    /** More than half of a block's characters in links: a list of links to other pages. */
    private static final double MAX_LINK_DENSITY = 0.5;

    /** What ends a sentence, and the closing quotes and brackets that may follow it. */
    private static final String SENTENCE_ENDERS = ".!?…";
    private static final String CLOSERS = "\"'”’»)]";
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?…][\"'”’»)]?)\\s+(?=[\\p{Lu}\"“'‘(])");
    private static final Pattern BULLET = Pattern.compile("^[•·▪◦‣*-]\\s+");
    private static final Pattern TRAILING_PIPES = Pattern.compile("[\\s|]+$");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    /**
     * Phrases that only a page's interface says to its reader (second person, calls to act, legal notes). Every
     * alternative but the last begins with {@code \\b} and an ASCII letter or digit, so {@link #UI_PHRASES} tries it there;
     * every match holds one of {@link #UI_STEMS} in lower case.
     */
    static final Pattern UI_PHRASE = Pattern.compile("(?i)\\b(?:skip to (?:the )?(?:main )?content"
            + "|skip navigation|sign up (?:to|for|now|here)|sign in to|log in to|subscribe (?:now|today|to our|here)"
            + "|newsletters?\\b|your e-?mail|e-?mail address|your inbox|enter your|leave a (?:reply|comment)"
            + "|be the first to comment|comments? (?:are|is) closed|post a comment|share (?:this|on)\\b|follow us"
            + "|click here|read more|continue reading|\\d+\\s*min(?:ute)?s? read|all rights reserved"
            + "|privacy policy|terms of (?:use|service)|(?:use|uses|accept) cookies|republish\\w*"
            + "|fill out this form|can be found here|download (?:the|our) app)\\b|©");
    private static final WordStartPattern UI_PHRASES = new WordStartPattern(UI_PHRASE,
            c -> WordStartPattern.isAsciiLetterOrDigit(c) || c == '©');
    /**
     * A piece of each alternative of {@link #UI_PHRASE} (" read" of "5 min read"): most blocks of an article hold none,
     * and are spared the pattern at each of their words, which was more than half of judging blocks furniture.
     */
    static final List<String> UI_STEMS = List.of("skip ", "sign up ", "sign in to", "log in to", "subscribe ", "newsletter",
            "your ", "mail address", "enter your", "leave a ", "be the first to comment", "comment", "share ", "follow us",
            "click here", "read more", "continue reading", " read", "all rights reserved", "privacy policy", "terms of ",
            " cookies", "republish", "fill out this form", "can be found here", "download ", "©");
    /** A link that leads to the story above it ("Read More »"). */
    private static final Pattern LINK_LABEL = Pattern.compile(
            "(?i)(?:read more|continue reading|read the full (?:story|article)|full story|more)\\s*[»›>→.:…]*");
    /** A heading over links to other stories. */
    private static final Pattern RELATED_MARKER = Pattern.compile("(?i)(?:related(?: articles| posts| news"
            + "| stories| coverage| content| topics)?|check also|see also|read also|also read|more on this(?: story"
            + "| topic)?|you (?:may|might) also like|recommended(?: for you)?|most read|most popular|more stories"
            + "|more from .{1,30}|trending(?: now)?|editor'?s picks)\\s*:?");
    /** A photo credit closing a caption: "REUTERS/Ari Jalal", "(Tom Westcott/MEE)", "[Photo/Agencies]". */
    private static final Pattern CREDIT_END = Pattern.compile(
            "(?:^|\\s)[(\\[]?\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*){0,3}"
                    + "/\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*){0,3}[)\\]]?$");
    /** Its every match holds one of {@link #PHOTO_STEMS}, in ASCII letters of either case. */
    static final Pattern PHOTO_WORDS = Pattern.compile(
            "(?i)\\b(?:photo|picture|image|photograph)\\s*(?:courtesy|credit|by\\b|:)|\\(file photo\\)|getty images");
    static final List<String> PHOTO_STEMS = List.of("photo", "picture", "image");
    private static final Pattern BYLINE = Pattern.compile(
            "^(?i:by)\\s+\\p{Lu}[\\p{L}.'’-]*(?:,?\\s+(?:and\\s+)?\\p{Lu}[\\p{L}.'’-]*){0,5}$");
    private static final Pattern TEASER_END = Pattern.compile("\\[(?:…|\\.\\.\\.)]$");
    private static final Pattern ELLIPSIS_END = Pattern.compile("(?:…|\\.\\.\\.)$");
    private static final Pattern JSON_LIKE = Pattern.compile("[{\\[]\\s*\"\\w+\"\\s*:");

    /** What is left of a page: its headline and its paragraphs. */
    record Cleaned(String title, List<String> paragraphs) {

        String text() {
            return String.join("\n\n", paragraphs);
        }
    }

    /**
     * Cleans the blocks of one page.
     *
     * @param knownTitle the headline from metadata, or null to find it among the blocks
     */
    Cleaned clean(List<TextBlock> blocks, String knownTitle) {
        List<Piece> pieces = new ArrayList<>();
        for (TextBlock block : blocks) {
            String text = DateStamp.stripLeading(TRAILING_PIPES.matcher(normalizeSpace(block.text())).replaceAll(""));
            if (!text.isEmpty()) {
                TextBlock.Role role = block.role() == TextBlock.Role.PARAGRAPH && BULLET.matcher(text).find()
                        ? TextBlock.Role.LIST_ITEM : block.role();
                pieces.add(new Piece(text, role, block.linkDensity()));
            }
        }
        markFurniture(pieces);
        String title = knownTitle == null || knownTitle.isBlank() ? takeTitle(pieces) : normalizeSpace(knownTitle);
        if (title != null) {
            removeTitle(pieces, title);
        }
        markRepeats(pieces);
        for (Piece p : pieces) {
            if (p.kept && !endsSentence(p.text) && p.words < MIN_PROSE_WORDS && p.role != TextBlock.Role.LIST_ITEM) {
                p.kept = false; // headings, labels, related headlines, share buttons
            }
        }
        return new Cleaned(title, pieces.stream().filter(p -> p.kept).map(p -> p.text).toList());
    }

    private static void markFurniture(List<Piece> pieces) {
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (LINK_LABEL.matcher(p.text).matches()) {
                p.kept = false;
                Piece previous = previousKept(pieces, i);
                if (previous != null && isHeadlineLike(previous)) {
                    previous.kept = false; // the linked headline of another story
                }
            } else if (RELATED_MARKER.matcher(p.text).matches()) {
                p.kept = false;
                for (int j = i + 1; j < pieces.size(); j++) {
                    Piece next = pieces.get(j);
                    if (!isHeadlineLike(next) && !ELLIPSIS_END.matcher(next.text).find()) {
                        break;
                    }
                    next.kept = false; // the headlines and teasers listed under it
                }
            } else if (isFurniture(p)) {
                p.kept = false;
            }
        }
    }

    private static boolean isFurniture(Piece p) {
        return p.role == TextBlock.Role.CAPTION
                || p.linkDensity > MAX_LINK_DENSITY
                || isDebris(p)
                || (p.words <= MAX_TITLE_WORDS && DateStamp.isStamp(p.text))
                || isUi(p)
                || isCaption(p)
                || BYLINE.matcher(p.text).matches()
                || TEASER_END.matcher(p.text).find();
    }

    /** Markup and script leftovers: mostly symbols, or JSON printed into the page. */
    private static boolean isDebris(Piece p) {
        int letters = 0;
        int symbols = 0;
        int visible = 0;
        for (int i = 0; i < p.text.length(); i++) {
            char c = p.text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            visible++;
            if (Character.isLetter(c)) {
                letters++;
            } else if ("\"{}[]<>=|\\".indexOf(c) >= 0) {
                symbols++;
            }
        }
        if (letters < visible / 2.0) {
            return true;
        }
        return !endsSentence(p.text) && (JSON_LIKE.matcher(p.text).find()
                || (p.text.length() >= 40 && symbols > 0.08 * p.text.length()));
    }

    /** A UI box: short with a UI phrase, or longer with UI phrases in most of its sentences. */
    private static boolean isUi(Piece p) {
        if (UI_STEMS.stream().noneMatch(p.lower::contains) || !hasUiPhrase(p.text)) {
            return false;
        }
        if (p.words <= MAX_TITLE_WORDS) {
            return true;
        }
        String[] sentences = SENTENCE_BREAK.split(p.text);
        long ui = Arrays.stream(sentences).filter(BoilerplateFilter::hasUiPhrase).count();
        return ui * 2 >= sentences.length;
    }

    /** Whether {@link #UI_PHRASE} finds a phrase in the text; tried from every character, it was a third of reading a text. */
    static boolean hasUiPhrase(String text) {
        return UI_PHRASES.foundIn(text);
    }

    /** A photo caption or a source note: closed by a credit, naming the photo, or all in brackets. */
    private static boolean isCaption(Piece p) {
        if (p.words > MAX_FURNITURE_WORDS) {
            return false;
        }
        String t = p.text;
        boolean bracketed = (t.startsWith("(") && t.endsWith(")")) || (t.startsWith("[") && t.endsWith("]"));
        // a credit has a slash: most blocks are spared trying the pattern from every capital
        return t.indexOf('/') >= 0 && CREDIT_END.matcher(t).find() || hasPhotoWords(p) || (bracketed && p.words <= 12);
    }

    /** Whether {@link #PHOTO_WORDS} finds words naming a photo; most blocks hold none of its stems, and are spared the pattern. */
    private static boolean hasPhotoWords(Piece p) {
        return PHOTO_STEMS.stream().anyMatch(p.lower::contains) && PHOTO_WORDS.matcher(p.text).find();
    }

    /** Takes the headline: the first headline-like block near the top, before the first sentence. */
    private static String takeTitle(List<Piece> pieces) {
        int seen = 0;
        for (Piece p : pieces) {
            if (!p.kept) {
                continue;
            }
            if (endsSentence(p.text) || seen++ == TITLE_SEARCH_BLOCKS) {
                return null;
            }
            if (isHeadlineLike(p) && p.words >= MIN_TITLE_WORDS && p.role != TextBlock.Role.LIST_ITEM) {
                p.kept = false;
                return p.text;
            }
        }
        return null;
    }

    /** Drops repeats of the headline and cuts it from the start of a block it is glued to. */
    private static void removeTitle(List<Piece> pieces, String title) {
        String titleKey = key(title);
        for (Piece p : pieces) {
            if (!p.kept) {
                continue;
            }
            if (p.key.equals(titleKey)) {
                p.kept = false;
            } else if (p.text.length() > title.length() + 1 && p.text.regionMatches(true, 0, title, 0, title.length())
                    && Character.isWhitespace(p.text.charAt(title.length()))) {
                String rest = p.text.substring(title.length()).strip();
                if (Character.isUpperCase(rest.codePointAt(0)) || Character.isDigit(rest.codePointAt(0))) {
                    p.setText(rest);
                }
            }
        }
    }

    /**
     * Repeated blocks are page furniture: an image's alt text and caption, a headline shown twice. A short
     * repeated block goes entirely; a long one keeps its first copy. A block whose words recur inside a
     * longer block is a repeat too (a standfirst that the first paragraph restates after its dateline, the
     * alt text of a credited caption): a sentence goes only when the longer block is kept, so no news is lost.
     */
    private static void markRepeats(List<Piece> pieces) {
        Map<String, Integer> counts = new HashMap<>();
        for (Piece p : pieces) {
            counts.merge(p.key, 1, Integer::sum);
        }
        Map<String, Boolean> firstSeen = new HashMap<>();
        for (Piece p : pieces) {
            boolean first = firstSeen.putIfAbsent(p.key, Boolean.TRUE) == null;
            if (!p.kept || p.key.isEmpty()) {
                continue;
            }
            if (counts.get(p.key) > 1) {
                p.kept = first && p.words >= MIN_PROSE_WORDS;
            } else if (p.words >= MIN_TITLE_WORDS) {
                boolean sentence = endsSentence(p.text);
                p.kept = pieces.stream().noneMatch(q -> q != p && (q.kept || !sentence)
                        && q.key.length() > p.key.length() && q.padded.contains(p.padded));
            }
        }
    }

    private static Piece previousKept(List<Piece> pieces, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (pieces.get(j).kept) {
                return pieces.get(j);
            }
        }
        return null;
    }

    private static boolean isHeadlineLike(Piece p) {
        return !endsSentence(p.text) && p.words <= MAX_TITLE_WORDS;
    }

    /** Ends as a sentence does; a colon counts after a clause ("Ameri said:"), not after a label. */
    static boolean endsSentence(String text) {
        return endsWithAny(text, SENTENCE_ENDERS) || (endsWithAny(text, ":") && wordCount(text) >= 5);
    }

    /**
     * Whether the text ends with one of {@code enders} and then only {@link #CLOSERS}, at its very end or before a
     * line break that ends it (where a regular expression's {@code $} matches). Read from the end: this runs on every
     * block several times, and a pattern anchored at the end is tried from every character.
     */
    private static boolean endsWithAny(String text, String enders) {
        int end = text.length();
        if (endsAfterClosers(text, end, enders)) {
            return true;
        }
        int lineBreak = text.endsWith("\r\n") ? 2 : end > 0 && "\n\r\u0085\u2028\u2029".indexOf(text.charAt(end - 1)) >= 0 ? 1 : 0;
        return lineBreak > 0 && endsAfterClosers(text, end - lineBreak, enders);
    }

    private static boolean endsAfterClosers(String text, int end, String enders) {
        int i = end - 1;
        while (i >= 0 && CLOSERS.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && enders.indexOf(text.charAt(i)) >= 0;
    }

    static String normalizeSpace(String text) {
        // most blocks hold single spaces only: nothing to replace, and no copy to make
        return hasSpaceToReplace(text) ? SPACE.matcher(text).replaceAll(" ").strip() : text.strip();
    }

    /** Whether {@link #SPACE} finds anything but single plain spaces. */
    private static boolean hasSpaceToReplace(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c) && (c != ' ' || i + 1 < text.length() && isSpace(text.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** A character of {@link #SPACE}: {@code \\s} (ASCII white space) or a no-break space. */
    private static boolean isSpace(char c) {
        return isAsciiSpace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    /** Compares blocks by their words only, ignoring case, punctuation and quote styles. */
    static String key(String text) {
        return keyOfLowerCase(text.toLowerCase(Locale.ROOT));
    }

    /**
     * The key of a text from its lower case: its runs of letters and numbers ({@code \\p{L}}, {@code \\p{N}}), one
     * space between each two (what replacing {@code [^\\p{L}\\p{N}]+} by a space and stripping gave, without a
     * pattern run over every block).
     */
    private static String keyOfLowerCase(String lower) {
        StringBuilder key = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            if (Character.isLetter(c) || isNumber(c)) {
                if (gap && key.length() > 0) {
                    key.append(' ');
                }
                key.appendCodePoint(c);
                gap = false;
            } else {
                gap = true;
            }
            i += Character.charCount(c);
        }
        return key.toString();
    }

    /** A code point of {@code \\p{N}}: a digit, a letter number or another number. */
    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** The words of a text: its runs of characters other than {@code \\s} (what splitting the stripped text at {@code \\s+} counted). */
    static int wordCount(String text) {
        String t = text.strip();
        int words = 0;
        for (int i = 0; i < t.length(); i++) {
            if (!isAsciiSpace(t.charAt(i)) && (i == 0 || isAsciiSpace(t.charAt(i - 1)))) {
                words++;
            }
        }
        return words;
    }

    /** A character of {@code \\s}: ASCII white space. */
    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\013' || c == '\f' || c == '\r';
    }

    /** A block under judgement. */
    private static final class Piece {
        String text;
        /** The text in lower case. */
        String lower;
        String key;
        /** The key between spaces, to find it inside another on word boundaries. */
        String padded;
        int words;
        final TextBlock.Role role;
        final double linkDensity;
        boolean kept = true;

        Piece(String text, TextBlock.Role role, double linkDensity) {
            this.role = role;
            this.linkDensity = linkDensity;
            setText(text);
        }

        void setText(String text) {
            this.text = text;
            this.lower = text.toLowerCase(Locale.ROOT);
            this.key = keyOfLowerCase(lower);
            this.padded = " " + key + " ";
            this.words = wordCount(text);
        }
    }
}
