package org.frontline.ingest;

import org.frontline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.frontline.ingest.ArticleReaderTest.fixture;

class ContainerInputsTest {

    private final ArticleReader reader = new ArticleReader();

    @TempDir
    Path dir;

    @Test
    void readsTheEntriesOfAnRssFeedThatHaveText() throws IngestException {
        List<Article> articles = reader.readAll(fixture("wire-feed.rss"));

        assertThat(articles).hasSize(2);
        Article first = articles.get(0);
        assertThat(first.id()).startsWith("wire-feed-").hasSize("wire-feed-".length() + 10);
        assertThat(first.title()).isEqualTo("Iraqi troops retake three villages south of Tal Afar");
        assertThat(first.url()).isEqualTo("https://www.frontierpost.example.com/2017/08/24/iraqi-troops-retake-three-villages/");
        assertThat(first.source()).isEqualTo("frontierpost.example.com");
        assertThat(first.published()).isEqualTo(LocalDate.of(2017, 8, 24));
        assertThat(first.text()).isEqualTo("Iraqi troops backed by Popular Mobilisation fighters retook the villages of"
                + " Kisik, Abu Maria and Al-Abbas on Thursday, the Joint Operations Command said.\n\n"
                + "Engineering units were clearing roadside bombs.");
        assertThat(articles.get(1).text()).startsWith("Russian and Syrian aircraft dropped food");
        assertThat(articles.get(1).id()).isNotEqualTo(first.id());
    }

    @Test
    void readsEveryItemOfAFetchedFeedWithItsKeyAndLink() throws IngestException {
        String rss = "<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title>"
                + "<item><title>Only a headline</title><link>https://wire.example.org/a</link><guid>wire-1</guid></item>"
                + "<item><title>With text</title><link>https://wire.example.org/b</link>"
                + "<description>Kurdish forces took the town of Manbij on Friday, a spokesman said.</description></item>"
                + "<item><title>Only a headline</title><link>https://wire.example.org/a</link><guid>wire-1</guid></item>"
                + "</channel></rss>";
        List<FeedItem> items = reader.readFeed("wire", rss.getBytes(StandardCharsets.UTF_8));

        assertThat(items).extracting(FeedItem::key).containsExactly("wire-1", "https://wire.example.org/b");
        assertThat(items.get(0).link()).isEqualTo("https://wire.example.org/a");
        assertThat(items.get(0).article()).isNull();
        assertThat(items.get(1).article().text()).startsWith("Kurdish forces took the town of Manbij");
        assertThatThrownBy(() -> reader.readFeed("wire", "<rss><channel><item>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IngestException.class).hasMessageStartingWith("not a readable RSS or Atom feed");
    }

    @Test
    void readsAnAtomFeed() throws IngestException {
        List<Article> articles = reader.readAll(fixture("agency.atom"));
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("SDF says it has taken Tabqa dam from Islamic State");
            assertThat(a.published()).isEqualTo(LocalDate.of(2017, 5, 10));
            assertThat(a.text()).endsWith("Engineers were inspecting the dam.");
        });
    }

    @Test
    void refusesFeedsWithADoctypeSoNoEntityIsExpanded() {
        assertThatThrownBy(() -> reader.readAll(fixture("entity-attack.xml")))
                .isInstanceOf(IngestException.class)
                .hasMessageStartingWith("not a readable RSS or Atom feed");
    }

    @Test
    void asksForReadAllOnContainers() {
        assertThatThrownBy(() -> reader.read(fixture("agency.atom"))).hasMessageContaining("readAll");
    }

    @Test
    void readsTheHtmlPagesOfAGzippedWarc() throws IOException, IngestException {
        Path archive = dir.resolve("crawl-2017.warc.gz");
        String article = "<html><head><title>Army enters Albu Kamal</title></head><body><nav><a href='/'>Home</a></nav>"
                + "<article><h1>Army enters Albu Kamal</h1><p>Syrian government forces entered Albu Kamal on Wednesday,"
                + " state media said.</p><p>A war monitor said fighting continued in several districts.</p></article>"
                + "<footer>All rights reserved.</footer></body></html>";
        String arabic = "<html><body><p>سيطرت القوات العراقية على قضاء تلعفر بالكامل يوم الخميس بعد معارك استمرت أسبوعا.</p>"
                + "<p>وقال المتحدث باسم قيادة العمليات المشتركة إن القوات دخلت مركز المدينة من ثلاثة محاور.</p></body></html>";
        try (WarcWriter writer = new WarcWriter(FileChannel.open(archive, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            writer.write(new WarcRequest.Builder("https://desertdispatch.example.net/albu-kamal").build());
            writer.write(page("https://desertdispatch.example.net/albu-kamal", 200, "text/html; charset=utf-8",
                    article, StandardCharsets.UTF_8));
            writer.write(page("https://desertdispatch.example.net/style.css", 200, "text/css", "body{}", StandardCharsets.UTF_8));
            writer.write(page("https://desertdispatch.example.net/missing", 404, "text/html", "<p>Not found.</p>", StandardCharsets.UTF_8));
            writer.write(page("https://arabic.example.net/tal-afar", 200, "text/html; charset=windows-1256", arabic,
                    Charset.forName("windows-1256")));
            writer.write(page("https://desertdispatch.example.net/albu-kamal", 200, "text/html", article, StandardCharsets.UTF_8));
        }

        List<Article> articles = reader.readAll(archive);

        assertThat(articles).hasSize(2);
        Article first = articles.get(0);
        assertThat(first.id()).startsWith("crawl-2017-");
        assertThat(first.url()).isEqualTo("https://desertdispatch.example.net/albu-kamal");
        assertThat(first.source()).isEqualTo("desertdispatch.example.net");
        assertThat(first.title()).isEqualTo("Army enters Albu Kamal");
        assertThat(first.text()).isEqualTo("Syrian government forces entered Albu Kamal on Wednesday, state media said.\n\n"
                + "A war monitor said fighting continued in several districts.");
        assertThat(articles.get(1).text()).contains("دخلت مركز المدينة");
    }

    /** A page whose gzip body inflates to 256 MB is skipped after the per-page limit, not inflated into memory. */
    @Test
    void aDecompressionBombInAWarcIsCappedAtThePageLimit() throws IOException, IngestException {
        java.io.ByteArrayOutputStream bomb = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bomb)) {
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 256; i++) {
                gz.write(spaces);
            }
        }
        assertThat(bomb.size()).isLessThan(1 << 20);
        Path archive = dir.resolve("bomb.warc.gz");
        try (WarcWriter writer = new WarcWriter(FileChannel.open(archive, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            HttpResponse inflating = new HttpResponse.Builder(200, "OK").addHeader("Content-Encoding", "gzip")
                    .body(MediaType.parse("text/html"), bomb.toByteArray()).build();
            writer.write(new WarcResponse.Builder("https://bomb.example.net/").body(inflating).build());
            writer.write(page("https://desertdispatch.example.net/albu-kamal", 200, "text/html",
                    "<html><body><p>Syrian government forces entered Albu Kamal on Wednesday, state media said.</p></body></html>",
                    StandardCharsets.UTF_8));
        }
        List<Article> articles = new ArticleReader(1 << 20).readAll(archive);
        assertThat(articles).extracting(Article::url).containsExactly("https://desertdispatch.example.net/albu-kamal");
    }

    /**
     * A bomb of records, each under the page limit, inflating to 512 MB from well under 1 MB: the archive is stopped
     * at the per-archive limit, before the record that would pass it is inflated, and its pages before are kept.
     */
    @Test
    void aDecompressionBombOfManyRecordsIsStoppedAtTheArchiveLimit() throws IOException {
        Path archive = dir.resolve("records-bomb.warc.gz");
        byte[] spaces = new byte[4 << 20];
        java.util.Arrays.fill(spaces, (byte) ' ');
        try (WarcWriter writer = new WarcWriter(FileChannel.open(archive, StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                WarcCompression.GZIP)) {
            for (int i = 0; i < 3; i++) {
                writer.write(page(reportUrl(i), 200, "text/html", "<html><body><p>Government forces entered the village number " + i
                        + " on Wednesday after two days of fighting, a spokesman said.</p></body></html>", StandardCharsets.UTF_8));
            }
            for (int i = 0; i < 128; i++) {
                HttpResponse padding = new HttpResponse.Builder(200, "OK").body(MediaType.parse("application/octet-stream"), spaces).build();
                writer.write(new WarcResponse.Builder("https://bomb.example.net/" + i).body(padding).build());
            }
        }
        assertThat(java.nio.file.Files.size(archive)).isLessThan(1 << 20);

        List<ArticleReader.Part> parts = new ArrayList<>();
        new ArticleReader(1 << 20, 16 << 20).parts(archive).forEachRemaining(parts::add);

        assertThat(parts).hasSize(2);
        assertThat(parts.get(1).last()).isTrue();
        assertThat(uncheckedRead(parts.get(0))).extracting(Article::url).containsExactly(reportUrl(0), reportUrl(1), reportUrl(2));
        assertThatThrownBy(parts.get(1)::read).isInstanceOf(IngestException.class)
                .hasMessageStartingWith("stopped after 12.0 MB of records (inflated), before one of 4.0 MB: over the limit of 16.0 MB per archive")
                .hasMessageEndingWith("its first 3 HTML pages are kept");
    }

    private static List<Article> uncheckedRead(ArticleReader.Part part) {
        try {
            return part.read();
        } catch (IngestException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void refusesAFileThatIsNoWarc() throws IOException {
        Path fake = java.nio.file.Files.writeString(dir.resolve("fake.warc"), "not an archive at all\n");
        assertThatThrownBy(() -> reader.readAll(fake)).isInstanceOf(IngestException.class);
    }

    /** 70 pages: parts of 32, 32 and 6 pages, in archive order, the articles of readAll; only the third is last. */
    @Test
    void anArchiveIsReadInPartsOfAFewDozenPagesInOrder() throws IOException, IngestException {
        Path archive = archiveOfReports(dir.resolve("crawl.warc.gz"), 70, true);

        List<ArticleReader.Part> parts = new ArrayList<>();
        reader.parts(archive).forEachRemaining(parts::add);

        assertThat(parts).hasSize(3).allSatisfy(p -> assertThat(p.file()).isEqualTo(archive));
        assertThat(parts).extracting(ArticleReader.Part::last).containsExactly(false, false, true);
        List<Article> inParts = new ArrayList<>();
        for (ArticleReader.Part part : parts) {
            inParts.addAll(part.read());
        }
        assertThat(inParts).hasSize(70).extracting(Article::url).startsWith(reportUrl(0), reportUrl(1)).endsWith(reportUrl(69));
        assertThat(inParts).isEqualTo(reader.readAll(archive));
    }

    /** Parts read out of order, as workers finish them: the archive without article text is reported once, by the last. */
    @Test
    void anArchiveWithoutArticleTextIsReportedOnceByTheLastPartRead() throws IOException, IngestException {
        Path archive = archiveOfReports(dir.resolve("empty.warc.gz"), 40, false);
        List<ArticleReader.Part> parts = new ArrayList<>();
        reader.parts(archive).forEachRemaining(parts::add);
        assertThat(parts).hasSize(2);

        assertThat(parts.get(1).read()).isEmpty();
        assertThatThrownBy(() -> parts.get(0).read()).isInstanceOf(IngestException.class)
                .hasMessage("no article text in any of the archive's 40 HTML pages");
    }

    /** A damaged archive keeps the pages before the damage, then says where reading stopped. */
    @Test
    void aTruncatedArchiveGivesItsPagesBeforeTheDamageThenTheReason() throws IOException, IngestException {
        Path whole = archiveOfReports(dir.resolve("whole.warc"), 40, true);
        byte[] bytes = java.nio.file.Files.readAllBytes(whole);
        Path cut = java.nio.file.Files.write(dir.resolve("cut.warc"), java.util.Arrays.copyOf(bytes, bytes.length * 3 / 4));

        List<ArticleReader.Part> parts = new ArrayList<>();
        reader.parts(cut).forEachRemaining(parts::add);

        ArticleReader.Part failing = parts.get(parts.size() - 1);
        assertThat(failing.last()).isTrue();
        List<Article> before = new ArrayList<>();
        for (ArticleReader.Part p : parts.subList(0, parts.size() - 1)) {
            before.addAll(p.read());
        }
        // the cut falls in the 31st page's record: the 30 whole pages before it are kept
        assertThat(before).extracting(Article::url).startsWith(reportUrl(0)).hasSize(30);
        assertThatThrownBy(failing::read).isInstanceOf(IngestException.class)
                .hasMessageStartingWith("not a readable WARC archive after its first ");
    }

    @Test
    void aPageOrFeedIsOnePart() throws IngestException {
        List<ArticleReader.Part> parts = new ArrayList<>();
        reader.parts(fixture("wire-feed.rss")).forEachRemaining(parts::add);
        assertThat(parts).hasSize(1);
        assertThat(parts.get(0).last()).isTrue();
        assertThat(parts.get(0).read()).isEqualTo(reader.readAll(fixture("wire-feed.rss")));
    }

    private static Path archiveOfReports(Path archive, int pages, boolean withText) throws IOException {
        WarcCompression compression = archive.toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE;
        try (WarcWriter writer = new WarcWriter(FileChannel.open(archive, StandardOpenOption.CREATE, StandardOpenOption.WRITE), compression)) {
            for (int i = 0; i < pages; i++) {
                String body = withText
                        ? "<html><body><article><h1>Report " + i + "</h1><p>Government forces entered the village number " + i
                        + " on Wednesday after two days of fighting, a spokesman said.</p><p>Residents said the militants had"
                        + " left the village during the night.</p></article></body></html>"
                        : "<html><body><nav><a href='/'>Home</a></nav></body></html>";
                writer.write(page(reportUrl(i), 200, "text/html; charset=utf-8", body, StandardCharsets.UTF_8));
            }
        }
        return archive;
    }

    private static String reportUrl(int i) {
        return "https://wire.example.net/report-" + i;
    }

    private static WarcResponse page(String url, int status, String type, String body, Charset charset) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), body.getBytes(charset))
                .build();
        return new WarcResponse.Builder(url).body(http).build();
    }
}
