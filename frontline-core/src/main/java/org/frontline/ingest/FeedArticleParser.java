package org.frontline.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.frontline.model.Article;
import org.jsoup.Jsoup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the articles of an RSS or Atom feed with Rome: one per entry that carries text (its full content, or
 * else its summary), cleaned by the same filter as pages. DOCTYPEs are refused, so no external entity or DTD is
 * ever fetched or expanded.
 */
final class FeedArticleParser {

    private final BoilerplateFilter filter = new BoilerplateFilter();

    /** The articles of the feed's entries that carry text. */
    List<Article> parse(String fileId, byte[] bytes) throws IngestException {
        List<FeedItem> items = items(fileId, bytes);
        List<Article> articles = items.stream().map(FeedItem::article).filter(a -> a != null).toList();
        if (articles.isEmpty()) {
            throw new IngestException("no article text in any of the feed's " + items.size() + " entries");
        }
        return articles;
    }

    /** Every entry of the feed, in the feed's order, each once, with the article of its own text when it has one. */
    List<FeedItem> items(String fileId, byte[] bytes) throws IngestException {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            // XmlReader finds the encoding from the BOM and the XML prolog.
            feed = input.build(new XmlReader(new ByteArrayInputStream(bytes)));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new IngestException("not a readable RSS or Atom feed: " + e.getMessage(), e);
        }
        List<FeedItem> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int index = 0;
        for (SyndEntry entry : feed.getEntries()) {
            index++;
            String url = Outlets.webAddress(entry.getLink()).map(Object::toString).orElse(null);
            String key = entry.getUri() != null && !entry.getUri().isBlank() ? entry.getUri().strip()
                    : url != null ? url : String.valueOf(index);
            // the article id hashes the address first, as it always has, so that ids of stored feed articles stay
            String id = ArticleIds.within(fileId, url != null ? url : key);
            if (!ids.add(id)) {
                continue; // the same entry twice
            }
            items.add(new FeedItem(key, url, entry.getTitle(), published(entry), article(entry, id, url)));
        }
        return items;
    }

    /** The article of an entry's own text, null if it carries none (a title-only entry) or only boilerplate. */
    private Article article(SyndEntry entry, String id, String url) {
        String body = body(entry);
        if (body.isBlank()) {
            return null;
        }
        BoilerplateFilter.Cleaned cleaned = filter.clean(HtmlBlocks.of(Jsoup.parseBodyFragment(body).body()), entry.getTitle());
        return cleaned.paragraphs().isEmpty() ? null
                : new Article(id, url, Outlets.fromUrl(url).orElse(null), published(entry), cleaned.title(), cleaned.text());
    }

    /** The entry's full content if it has one, else its summary; either may be HTML or plain text. */
    private static String body(SyndEntry entry) {
        StringBuilder html = new StringBuilder();
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null) {
                html.append(content.getValue()).append('\n');
            }
        }
        if (html.toString().isBlank() && entry.getDescription() != null && entry.getDescription().getValue() != null) {
            html.append(entry.getDescription().getValue());
        }
        return html.toString();
    }

    /** Rome gives instants, not the publisher's calendar day: the UTC day is the closest it can tell. */
    private static LocalDate published(SyndEntry entry) {
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
