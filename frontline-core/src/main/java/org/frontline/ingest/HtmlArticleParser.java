package org.frontline.ingest;

import net.dankito.readability4j.Readability4J;
import org.frontline.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an HTML page: jsoup parses it, Readability4J (the port of Firefox Reader View's algorithm) finds the
 * main content, and the boilerplate filter removes what the content still holds (newsletter boxes, captions,
 * related headlines). The publication date and address come from the page's metadata.
 */
final class HtmlArticleParser {

    /** Browsers look for the charset declaration within the first 1024 bytes; pages put it later too. */
    private static final int DECLARATION_WINDOW = 8192;
    private static final Pattern CONTENT_TYPE_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)",
            Pattern.CASE_INSENSITIVE);

    private final BoilerplateFilter filter = new BoilerplateFilter();

    Article parse(String id, byte[] bytes) throws IngestException {
        return parse(id, bytes, null, null);
    }

    /**
     * Parses a page fetched from somewhere known, as in a web archive.
     *
     * @param transportCharset the charset of the HTTP Content-Type, null if none; it outranks the meta tag
     * @param fetchedFrom      the address it was fetched from, used when the page declares no canonical one
     */
    Article parse(String id, byte[] bytes, Charset transportCharset, String fetchedFrom) throws IngestException {
        Charset declared = transportCharset != null ? transportCharset : declaredCharset(bytes);
        String html = CharsetDetection.decode(bytes, declared, true);
        Document doc = Jsoup.parse(html);
        String url = HtmlMetadata.url(doc).or(() -> Outlets.webAddress(fetchedFrom).map(Object::toString)).orElse(null);
        LocalDate published = HtmlMetadata.published(doc).orElse(null);
        String headline = HtmlMetadata.headline(doc).orElse(null);
        // Readability rewrites the document, so the metadata is read first.
        net.dankito.readability4j.Article main = new Readability4J(url == null ? "" : url, doc).parse();
        Element content = main.getArticleContent();
        List<TextBlock> blocks = HtmlBlocks.of(content != null ? content : doc.body());
        BoilerplateFilter.Cleaned cleaned = filter.clean(blocks, headline);
        if (cleaned.title() == null && main.getTitle() != null && !main.getTitle().isBlank()) {
            // No declared headline and none at the top of the text: fall back on the <title>, as Readability cut it.
            cleaned = filter.clean(blocks, main.getTitle());
        }
        if (cleaned.paragraphs().isEmpty()) {
            throw new IngestException("no article text (the page is empty or holds only boilerplate)");
        }
        String cleanTitle = cleaned.title() == null || cleaned.title().isBlank() ? null : cleaned.title();
        return new Article(id, url, Outlets.fromUrl(url).orElse(null), published, cleanTitle, cleaned.text());
    }

    /** The charset the page declares in a meta tag, null if none or unknown to Java. */
    private static Charset declaredCharset(byte[] bytes) {
        // Latin-1 maps every byte to one char, so the ASCII markup reads right whatever the real encoding.
        String head = new String(Arrays.copyOf(bytes, Math.min(bytes.length, DECLARATION_WINDOW)),
                StandardCharsets.ISO_8859_1);
        Document doc = Jsoup.parse(head);
        Element meta = doc.selectFirst("meta[charset]");
        if (meta != null) {
            return CharsetDetection.javaCharset(meta.attr("charset").strip()).orElse(null);
        }
        Element contentType = doc.selectFirst("meta[http-equiv=content-type][content]");
        if (contentType != null) {
            Matcher m = CONTENT_TYPE_CHARSET.matcher(contentType.attr("content"));
            if (m.find()) {
                return CharsetDetection.javaCharset(m.group(1)).orElse(null);
            }
        }
        return null;
    }
}
