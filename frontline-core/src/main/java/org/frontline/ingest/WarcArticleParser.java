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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Reads the articles of a WARC web archive (plain or gzipped) with jwarc: each successful HTML response is a
 * page, read as {@link HtmlArticleParser} reads files, with the HTTP charset and the archived address. Other
 * records (requests, metadata, images, scripts, redirects) are skipped, and so are pages without article text.
 * <p>
 * An archive is read in parts of at most {@link #PAGES_PER_PART} pages: the records are read and inflated in
 * order by whoever iterates, the pages of a part are parsed when the part is read, on any thread. So the pages
 * of one large archive are parsed in parallel, and only the parts in flight are in memory.
 */
final class WarcArticleParser {

    /** Pages per part: enough that a part is worth a task, few enough that a window of parts stays small. */
    static final int PAGES_PER_PART = 32;

    private final HtmlArticleParser html;
    private final long maxBytesPerPage;
    private final long maxBytesPerArchive;

    /**
     * @param maxBytesPerArchive the records' inflated bytes read from one archive before it is stopped (its pages
     *                           read so far kept): a .warc.gz of a few megabytes can inflate to terabytes
     */
    WarcArticleParser(HtmlArticleParser html, long maxBytesPerPage, long maxBytesPerArchive) {
        this.html = html;
        this.maxBytesPerPage = maxBytesPerPage;
        this.maxBytesPerArchive = maxBytesPerArchive;
    }

    /**
     * The archive's parts, in archive order. The archive is opened on the first {@code hasNext} and closed when
     * its records are exhausted or unreadable; a part whose records could not be read, and the part that
     * finishes an archive no page of which had article text, throw the reason when read.
     */
    Iterator<ArticleReader.Part> parts(Path file, String fileId, ArticleReader.Source source) {
        return new Parts(file, fileId, source);
    }

    /** An archived HTML page, not parsed yet. */
    private record Page(String target, byte[] body, Charset charset) {
    }

    /** Counts parts and articles per archive, so the last part to finish can tell that none had text. */
    private static final class Tally {
        private int unfinished;
        private boolean allCreated;
        private int articles;
        private int pages;

        synchronized void created(boolean last, int pagesSoFar) {
            unfinished++;
            allCreated = last;
            pages = pagesSoFar;
        }

        /** @return true when this was the last part of the archive and no part had an article */
        synchronized boolean finished(int found) {
            articles += found;
            unfinished--;
            return allCreated && unfinished == 0 && articles == 0;
        }

        synchronized int pages() {
            return pages;
        }
    }

    private final class Parts implements Iterator<ArticleReader.Part> {
        private final Path file;
        private final String fileId;
        private final ArticleReader.Source source;
        private final Set<String> seen = new HashSet<>();
        private final Tally tally = new Tally();
        private WarcReader reader;
        private Iterator<WarcRecord> records;
        private int pages;
        private long inflated;
        private boolean done;
        private ArticleReader.Part next;
        private IngestException failure;

        Parts(Path file, String fileId, ArticleReader.Source source) {
            this.file = file;
            this.fileId = fileId;
            this.source = source;
        }

        @Override
        public boolean hasNext() {
            if (next == null && !done) {
                next = readPart();
            }
            return next != null;
        }

        @Override
        public ArticleReader.Part next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ArticleReader.Part part = next;
            next = null;
            return part;
        }

        private ArticleReader.Part readPart() {
            if (failure != null) {
                done = true;
                return part(List.of(), failure);
            }
            List<Page> batch = new ArrayList<>(PAGES_PER_PART);
            try {
                if (reader == null) {
                    reader = new WarcReader(source.open());
                    records = reader.iterator();
                }
                while (batch.size() < PAGES_PER_PART && failure == null && records.hasNext()) {
                    WarcRecord record = records.next();
                    // a record's declared length is what reading past it inflates: stop before, not after
                    long size = Math.max(0, record.body().size());
                    if (inflated + size > maxBytesPerArchive) {
                        failure = new IngestException("stopped after " + ArticleReader.humanSize(inflated) + " of records (inflated),"
                                + " before one of " + ArticleReader.humanSize(size) + ": over the limit of "
                                + ArticleReader.humanSize(maxBytesPerArchive) + " per archive (--max-archive-bytes); its first "
                                + pages + " HTML pages are kept");
                        close();
                        break;
                    }
                    inflated += size;
                    Page page = page(record);
                    if (page != null) {
                        batch.add(page);
                    }
                }
                if (failure == null && !records.hasNext()) {
                    close();
                    done = true;
                }
            } catch (IOException | IllegalArgumentException e) {
                failed(e.getMessage(), e);
            } catch (UncheckedIOException e) {
                failed(e.getCause().getMessage(), e); // the record iterator wraps its parsing errors
            }
            if (failure != null && batch.isEmpty()) {
                done = true;
                return part(batch, failure);
            }
            return part(batch, null); // the pages read before a failure are a part of their own, then the failure
        }

        private void failed(String why, Exception e) {
            failure = new IngestException(pages == 0 ? "not a readable WARC archive: " + why
                    : "not a readable WARC archive after its first " + pages + " HTML pages: " + why, e);
            close();
        }

        /** The page of a record, or null for a record that is not a new HTML page within the size limit. */
        private Page page(WarcRecord record) throws IOException {
            if (!(record instanceof WarcResponse response) || !isHtmlPage(response)) {
                return null;
            }
            String target = response.target();
            if (target == null || !seen.add(target)) {
                return null; // a response without the address it came from, or a page archived twice
            }
            pages++;
            HttpResponse http = response.http();
            byte[] body = readLimited(http);
            if (body == null) {
                return null; // over the size limit for one page
            }
            Charset charset = CharsetDetection.javaCharset(http.contentType().parameters().get("charset")).orElse(null);
            return new Page(target, body, charset);
        }

        private void close() {
            try {
                if (reader != null) {
                    reader.close();
                }
            } catch (IOException e) {
                // the records are read or unreadable; a failing close loses nothing more
            }
        }

        private ArticleReader.Part part(List<Page> batch, IngestException failure) {
            tally.created(done, pages);
            boolean last = done;
            return ArticleReader.Part.of(file, last, () -> {
                List<Article> articles = new ArrayList<>(batch.size());
                for (Page p : batch) {
                    try {
                        articles.add(html.parse(ArticleIds.within(fileId, p.target()), p.body(), p.charset(), p.target()));
                    } catch (IngestException e) {
                        // an index page, an error page: no article in it
                    }
                }
                boolean noneInArchive = tally.finished(articles.size());
                if (failure != null) {
                    throw failure;
                }
                if (noneInArchive) {
                    throw new IngestException("no article text in any of the archive's " + tally.pages() + " HTML pages");
                }
                return articles;
            });
        }
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
