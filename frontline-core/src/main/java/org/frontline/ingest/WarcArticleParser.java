package org.frontline.ingest;

import org.frontline.model.Article;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the articles of a WARC web archive (plain or gzipped) with jwarc: each successful HTML response is a
 * page, read as {@link HtmlArticleParser} reads files, with the HTTP charset and the archived address. Other
 * records (requests, metadata, images, scripts, redirects) are skipped, and so are pages without article text.
 */
final class WarcArticleParser {

    private final HtmlArticleParser html;
    private final long maxBytesPerPage;

    WarcArticleParser(HtmlArticleParser html, long maxBytesPerPage) {
        this.html = html;
        this.maxBytesPerPage = maxBytesPerPage;
    }

    List<Article> parse(String fileId, InputStream archive) throws IngestException {
        List<Article> articles = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int pages = 0;
        try (WarcReader reader = new WarcReader(archive)) {
            for (WarcRecord record : reader) {
                if (!(record instanceof WarcResponse response) || !isHtmlPage(response)) {
                    continue;
                }
                String target = response.target();
                if (target == null || !seen.add(target)) {
                    continue; // a response without the address it came from, or a page archived twice
                }
                pages++;
                HttpResponse http = response.http();
                byte[] body = readLimited(http);
                if (body == null) {
                    continue; // over the size limit for one page
                }
                Charset charset = CharsetDetection.javaCharset(http.contentType().parameters().get("charset")).orElse(null);
                try {
                    articles.add(html.parse(ArticleIds.within(fileId, target), body, charset, target));
                } catch (IngestException e) {
                    // an index page, an error page: no article in it
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new IngestException("not a readable WARC archive: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            // the record iterator wraps its parsing errors
            throw new IngestException("not a readable WARC archive: " + e.getCause().getMessage(), e);
        }
        if (articles.isEmpty()) {
            throw new IngestException("no article text in any of the archive's " + pages + " HTML pages");
        }
        return articles;
    }

    private static boolean isHtmlPage(WarcResponse response) throws IOException {
        if (!MediaType.HTTP.equals(response.contentType().base())) {
            return false;
        }
        HttpResponse http = response.http();
        String type = http.contentType().base().toString();
        return http.status() == 200 && (type.equals("text/html") || type.equals("application/xhtml+xml"));
    }

    /** The decoded body (chunks joined, gzip undone), or null when it exceeds the per-page limit. */
    private byte[] readLimited(HttpResponse http) throws IOException {
        try (InputStream in = http.bodyDecoded().stream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytesPerPage + 1));
            return bytes.length > maxBytesPerPage ? null : bytes;
        }
    }
}
