package org.frontline.ingest;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What a page's markup says about the article: its address and publication date. */
final class HtmlMetadata {

    /** Publication-date meta tags of Open Graph, schema.org, Dublin Core and common CMSs, most specific first. */
    private static final List<String> DATE_META = List.of(
            "meta[property=article:published_time]", "meta[name=article:published_time]",
            "meta[property=og:published_time]", "meta[itemprop=datePublished]", "meta[name=pubdate]",
            "meta[name=publishdate]", "meta[name=publish-date]", "meta[name=publication_date]",
            "meta[name=parsely-pub-date]", "meta[name=sailthru.date]", "meta[name=dc.date.issued]",
            "meta[name=dcterms.issued]", "meta[name=dcterms.created]", "meta[name=dc.date]", "meta[name=date]");

    /** Pages hand-write their JSON-LD: tolerate comments, trailing commas and raw control characters. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();

    private HtmlMetadata() {
    }

    /** The canonical address of the page, if it states an absolute one. */
    static Optional<String> url(Document doc) {
        for (String query : List.of("link[rel=canonical][href]", "meta[property=og:url][content]")) {
            Element e = doc.selectFirst(query);
            if (e != null) {
                String value = e.hasAttr("href") ? e.absUrl("href") : e.attr("content");
                Optional<String> url = Outlets.webAddress(value).map(Object::toString);
                if (url.isPresent()) {
                    return url;
                }
            }
        }
        return Optional.empty();
    }

    /** The publication date: JSON-LD datePublished, then meta tags, then a time element. */
    static Optional<LocalDate> published(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Optional<LocalDate> date = jsonLdDate(script.data());
            if (date.isPresent()) {
                return date;
            }
        }
        for (String query : DATE_META) {
            Element meta = doc.selectFirst(query);
            if (meta != null) {
                Optional<LocalDate> date = PublicationDates.fromMetadata(meta.attr("content"));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        for (String query : List.of("[itemprop=datePublished][datetime]", "time[pubdate][datetime]",
                "article time[datetime]", "time[datetime]")) {
            Element time = doc.selectFirst(query);
            if (time != null) {
                Optional<LocalDate> date = PublicationDates.fromMetadata(time.attr("datetime"));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> jsonLdDate(String json) {
        try {
            JsonNode root = JSON.readTree(json);
            JsonNode value = root == null ? null : root.findValue("datePublished");
            return value != null && value.isTextual() ? PublicationDates.fromMetadata(value.asText()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // broken JSON-LD is common; the meta tags may still tell
        }
    }
}
