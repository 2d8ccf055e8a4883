package org.frontline.ingest;

import org.frontline.model.Article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Reads input files into {@link Article}s: HTML pages ({@code .html}, {@code .htm}) and plain texts
 * ({@code .txt}) hold one article; RSS/Atom feeds ({@code .xml}, {@code .rss}, {@code .atom}) and WARC archives
 * ({@code .warc}, {@code .warc.gz}) hold many. Guards come first (size, binary content, encoding), so a bad file
 * gives a one-line reason instead of a crash. Thread-safe: one instance serves all threads.
 */
public final class ArticleReader {

    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    /**
     * The records' inflated bytes read from one WARC archive: 16 GiB, several times a crawl's usual 1 GB .warc.gz
     * of pages inflated, and far below what a decompression bomb of that size inflates to.
     */
    public static final long DEFAULT_MAX_ARCHIVE_BYTES = 16L << 30;
    /** The bytes looked at to tell text from binary, as git does. */
    private static final int SNIFF_BYTES = 8000;

    private final long maxBytes;
    private final HtmlArticleParser html = new HtmlArticleParser();
    private final TextArticleParser text = new TextArticleParser();
    private final FeedArticleParser feed = new FeedArticleParser();
    private final WarcArticleParser warc;

    public ArticleReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /**
     * @param maxBytes files larger than this are refused, so one stray dump cannot exhaust memory; in a WARC
     *                 archive, which is large by nature, the limit holds for each archived page
     */
    public ArticleReader(long maxBytes) {
        this(maxBytes, DEFAULT_MAX_ARCHIVE_BYTES);
    }

    /**
     * @param maxArchiveBytes a WARC archive whose records inflate to more is stopped there, its pages read so far
     *                        kept, with the reason
     */
    public ArticleReader(long maxBytes, long maxArchiveBytes) {
        if (maxBytes <= 0 || maxArchiveBytes <= 0) {
            throw new IllegalArgumentException("the size limits must be positive, not " + maxBytes + " and " + maxArchiveBytes);
        }
        this.maxBytes = maxBytes;
        this.warc = new WarcArticleParser(html, maxBytes, maxArchiveBytes);
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * An input file on any file system (a local path, or HDFS or S3 for the Spark job): its size, checked before
     * reading, and its bytes.
     */
    public interface Source {
        long size() throws IOException;

        InputStream open() throws IOException;

        static Source of(Path file) {
            return new Source() {
                @Override
                public long size() throws IOException {
                    return Files.size(file);
                }

                @Override
                public InputStream open() throws IOException {
                    return Files.newInputStream(file);
                }
            };
        }
    }

    /**
     * Reads a file that holds one article (a page or a text). The article id is the file name without its
     * extension.
     *
     * @throws IngestException with the reason only; the caller names the file
     */
    public Article read(Path file) throws IngestException {
        InputFiles.Kind kind = kindOf(file);
        if (kind.holdsMany()) {
            throw new IngestException("a feed or archive holds several articles: read it with readAll");
        }
        return readOne(idOf(file), kind, Source.of(file));
    }

    /**
     * A piece of an input file that is read on its own: the whole of a page, text or feed; a run of pages of an
     * archive (see {@link #parts(Path)}).
     */
    public interface Part {
        Path file();

        /** True for the file's last part. */
        boolean last();

        /**
         * The part's articles; thread-safe, called once.
         *
         * @throws IngestException with the reason only, when the part yields no article because the file cannot be
         *                         read (an archive: from this part on), or when it is the last of an archive to be
         *                         read and no page of the archive had article text
         */
        List<Article> read() throws IngestException;

        /** A part whose articles {@code reading} gives. */
        static Part of(Path file, boolean last, Reading reading) {
            return new Part() {
                @Override
                public Path file() {
                    return file;
                }

                @Override
                public boolean last() {
                    return last;
                }

                @Override
                public List<Article> read() throws IngestException {
                    return reading.read();
                }
            };
        }
    }

    /** What a part does when it is read. */
    @FunctionalInterface
    public interface Reading {
        List<Article> read() throws IngestException;
    }

    /**
     * The parts of a file, in file order: one for a page, a text or a feed; for an archive, runs of its pages, so
     * that one large archive is read in parallel and only the parts in flight are in memory. Iterating reads and
     * inflates the archive's records (on the iterating thread, in order); {@link Part#read()} parses them.
     */
    public Iterator<Part> parts(Path file) {
        InputFiles.Kind kind = InputFiles.kindOf(file);
        if (kind == InputFiles.Kind.WARC && Files.isReadable(file)) {
            return warc.parts(file, idOf(file), Source.of(file));
        }
        Part whole = Part.of(file, true, () -> readAll(file));
        return List.of(whole).iterator();
    }

    /**
     * Reads any supported file: the one article of a page or text, the articles of a feed or archive (ids are
     * the file's id and a hash of each article's address). Entries without article text are left out.
     *
     * @throws IngestException with the reason only, when the file yields no article at all
     */
    public List<Article> readAll(Path file) throws IngestException {
        if (kindOf(file) == InputFiles.Kind.WARC && !Files.isReadable(file)) {
            throw new IngestException("cannot read: no such file or no permission");
        }
        return readAll(file, Source.of(file));
    }

    /**
     * As {@link #readAll(Path)}, for a file on another file system.
     *
     * @param name the file's name, whose ending tells its kind and which gives the article ids
     */
    public List<Article> readAll(Path name, Source source) throws IngestException {
        InputFiles.Kind kind = kindOf(name);
        String id = idOf(name);
        return switch (kind) {
            case HTML, TEXT -> List.of(readOne(id, kind, source));
            case FEED -> feed.parse(id, load(source));
            case WARC -> {
                List<Article> articles = new ArrayList<>();
                for (Iterator<Part> parts = warc.parts(name, id, source); parts.hasNext(); ) {
                    articles.addAll(parts.next().read());
                }
                yield articles;
            }
        };
    }

    /**
     * Reads one page or text received as bytes (an upload, not a file), with the guards of a file: size, binary
     * content, encoding.
     *
     * @param page true for HTML, false for a text in the corpus format (optional {@code URL:} and {@code Published:} lines)
     * @throws IngestException with the reason only
     */
    public Article read(String id, byte[] bytes, boolean page) throws IngestException {
        return parse(id, checked(bytes), page ? InputFiles.Kind.HTML : InputFiles.Kind.TEXT);
    }

    /**
     * Reads a feed fetched from the web: every entry, with the article of its own text where it carries one
     * (ids as for a feed file whose id is {@code feedId}).
     *
     * @throws IngestException with the reason only (empty, binary, over the size limit, not a feed)
     */
    public List<FeedItem> readFeed(String feedId, byte[] bytes) throws IngestException {
        return feed.items(feedId, checked(bytes));
    }

    /**
     * Reads a page fetched from the web. Its id is its outlet and a hash of the address it was fetched from, so
     * the same page fetched again gets the same id.
     *
     * @param charset the charset of the HTTP Content-Type, null if none; it outranks the page's meta tag
     * @throws IngestException with the reason only
     */
    public Article readPage(String address, byte[] bytes, Charset charset) throws IngestException {
        String id = ArticleIds.within(Outlets.fromUrl(address).orElse("page"), address);
        return html.parse(id, checked(bytes), charset, address);
    }

    private Article readOne(String id, InputFiles.Kind kind, Source source) throws IngestException {
        return parse(id, load(source), kind);
    }

    private Article parse(String id, byte[] bytes, InputFiles.Kind kind) throws IngestException {
        return kind == InputFiles.Kind.HTML ? html.parse(id, bytes) : text.parse(id, CharsetDetection.decodeText(bytes));
    }

    private static InputFiles.Kind kindOf(Path file) throws IngestException {
        InputFiles.Kind kind = InputFiles.kindOf(file);
        if (kind == null) {
            throw new IngestException("unsupported file type (expected " + InputFiles.SUPPORTED + ")");
        }
        return kind;
    }

    private byte[] load(Source source) throws IngestException {
        try {
            long size = source.size();
            if (size > maxBytes) {
                throw new IngestException("file is " + humanSize(size) + ", over the size limit of " + humanSize(maxBytes));
            }
            if (size == 0) {
                throw new IngestException("empty file");
            }
            try (InputStream in = source.open()) {
                return checked(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new IngestException("cannot read: " + message(e), e);
        }
    }

    private static String message(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The bytes, when they are within the size limit and look like text. */
    private byte[] checked(byte[] bytes) throws IngestException {
        if (bytes.length > maxBytes) {
            throw new IngestException(humanSize(bytes.length) + ", over the size limit of " + humanSize(maxBytes));
        }
        if (bytes.length == 0) {
            throw new IngestException("empty (0 bytes)");
        }
        if (looksBinary(bytes)) {
            throw new IngestException("binary file, not text or HTML");
        }
        return bytes;
    }

    /**
     * Text has no NUL bytes and few control characters; images, archives, PDFs and executables have them
     * early. A two-line test as git does it; a content-type detector (Tika) would be a heavy dependency for it.
     * UTF-16 text, which is full of NULs, is recognised by its byte order mark first.
     */
    static boolean looksBinary(byte[] bytes) {
        if (CharsetDetection.byteOrderMark(bytes).isPresent()) {
            return false;
        }
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        return control > n / 100;
    }

    static String idOf(Path file) {
        String name = file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".warc.gz")) {
            name = name.substring(0, name.length() - ".gz".length());
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        if (bytes < 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        }
        return String.format(Locale.ROOT, "%.1f GB", bytes / (1024.0 * 1024 * 1024));
    }
}
