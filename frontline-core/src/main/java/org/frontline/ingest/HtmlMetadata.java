package org.frontline.ingest;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

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

    /**
     * The headline the page declares: JSON-LD headline, else the Open Graph or Twitter title. Those often end
     * with the site's name ("... | Levant Daily"); when the page's only h1 starts the declared title, the h1
     * is the headline without it.
     */
    static Optional<String> headline(Document doc) {
        Optional<String> declared = jsonLd(doc, "headline");
        for (String query : List.of("meta[property=og:title][content]", "meta[name=twitter:title][content]")) {
            if (declared.isPresent()) {
                break;
            }
            Element meta = doc.selectFirst(query);
            declared = meta == null ? Optional.empty() : Optional.of(meta.attr("content")).filter(t -> !t.isBlank());
        }
        Elements h1 = doc.select("h1");
        if (declared.isPresent() && h1.size() == 1) {
            String h1Text = h1.first().text();
            if (!h1Text.isBlank() && declared.get().regionMatches(true, 0, h1Text, 0, h1Text.length())) {
                return Optional.of(h1Text);
            }
        }
        return declared.map(String::strip);
    }

    /** The publication date: JSON-LD datePublished, then meta tags, then a time element. */
    static Optional<LocalDate> published(Document doc) {
        Optional<LocalDate> fromJsonLd = jsonLd(doc, "datePublished").flatMap(PublicationDates::fromMetadata);
        if (fromJsonLd.isPresent()) {
            return fromJsonLd;
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

    /** The first text value of a field in the page's JSON-LD blocks, at any depth (also inside @graph). */
    private static Optional<String> jsonLd(Document doc, String field) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode root = JSON.readTree(script.data());
                JsonNode value = root == null ? null : root.findValue(field);
                if (value != null && value.isTextual() && !value.asText().isBlank()) {
                    return Optional.of(value.asText());
                }
            } catch (IOException e) {
                // broken JSON-LD is common; the next block or the meta tags may still tell
            }
        }
        return Optional.empty();
    }
}
