package org.frontline.ingest;

import org.frontline.model.Article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain-text article: optional {@code URL:} and {@code Published:} header lines, then the page text,
 * usually scraped with its boilerplate. Lines are the text's paragraphs (scrapers write one line per block),
 * except in hard-wrapped text, where blank lines separate paragraphs and the lines are joined.
 */
final class TextArticleParser {

    private static final Pattern HEADER = Pattern.compile("^(url|published)\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    /** Hard-wrapped text keeps every line within this width. */
    private static final int MAX_WRAP_WIDTH = 100;

    private final BoilerplateFilter filter = new BoilerplateFilter();

    Article parse(String id, String content) throws IngestException {
        List<String> lines = content.lines().toList();
        String url = null;
        LocalDate published = null;
        int start = 0;
        while (start < lines.size()) {
            Matcher header = HEADER.matcher(lines.get(start).strip());
            if (!header.matches()) {
                break;
            }
            String value = header.group(2).strip();
            if (header.group(1).toLowerCase(Locale.ROOT).equals("url")) {
                url = Outlets.webAddress(value).map(Object::toString).orElse(null);
            } else {
                published = publishedHeader(value);
            }
            start++;
        }
        List<List<String>> blocks = blocks(lines.subList(start, lines.size()));
        boolean wrapped = isHardWrapped(blocks);
        List<TextBlock> pieces = new ArrayList<>();
        for (List<String> block : blocks) {
            if (wrapped) {
                pieces.add(TextBlock.paragraph(String.join(" ", block)));
            } else {
                block.forEach(line -> pieces.add(TextBlock.paragraph(line)));
            }
        }
        BoilerplateFilter.Cleaned cleaned = filter.clean(pieces, null);
        if (cleaned.paragraphs().isEmpty()) {
            throw new IngestException("no article text (the file is empty or holds only boilerplate)");
        }
        return new Article(id, url, Outlets.fromUrl(url).orElse(null), published, cleaned.title(), cleaned.text());
    }

    private static LocalDate publishedHeader(String value) throws IngestException {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return PublicationDates.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IngestException("Published header: " + e.getMessage());
        }
    }

    /** Groups lines into blocks separated by blank lines. */
    private static List<List<String>> blocks(List<String> lines) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line.strip());
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }

    /**
     * Whether the text is wrapped at a fixed width: no line is longer than a terminal line, and the lines
     * that do not end a block nearly fill the width. Scraped page text has long one-line paragraphs instead.
     */
    private static boolean isHardWrapped(List<List<String>> blocks) {
        int width = blocks.stream().flatMap(List::stream).mapToInt(String::length).max().orElse(0);
        if (width > MAX_WRAP_WIDTH) {
            return false;
        }
        int inner = 0;
        int full = 0;
        for (List<String> block : blocks) {
            for (String line : block.subList(0, block.size() - 1)) {
                inner++;
                if (line.length() >= 0.6 * width) {
                    full++;
                }
            }
        }
        return inner >= 2 && full >= 0.8 * inner;
    }
}
