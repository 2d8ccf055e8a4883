package org.frontline.ingest;

import org.frontline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleReaderTest {

    private final ArticleReader reader = new ArticleReader();

    @TempDir
    Path dir;

    static Path fixture(String name) {
        try {
            return Path.of(ArticleReaderTest.class.getResource("/ingest/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsAScrapedTextWithHeadersAndBoilerplate() throws IngestException {
        Article a = reader.read(fixture("scraped-page.txt"));
        assertThat(a.id()).isEqualTo("scraped-page");
        assertThat(a.url()).isEqualTo("https://www.example-news.com/2017/10/17/kurdish-forces-hand-over-positions/");
        assertThat(a.source()).isEqualTo("example-news.com");
        assertThat(a.published()).isEqualTo(LocalDate.of(2017, 10, 17));
        assertThat(a.title()).isEqualTo("Kurdish forces hand over positions south of Kirkuk");
        assertThat(a.text()).isEqualTo(String.join("\n\n",
                "KIRKUK — Kurdish Peshmerga forces handed over their positions south of Kirkuk to Iraqi federal troops"
                        + " on Tuesday without a fight, local officials said.",
                "Daquq and Tuz Khurmatu were also handed back.",
                "Iraqi counter-terrorism units took over the North Oil Company headquarters and the K1 military base,"
                        + " a spokesman for the Joint Operations Command said in a televised statement.",
                "Residents said shops in the city centre had reopened by the afternoon, although many Kurdish families"
                        + " had left for Erbil overnight."));
    }

    @Test
    void joinsHardWrappedLines() throws IngestException {
        Article a = reader.read(fixture("hard-wrapped.txt"));
        assertThat(a.title()).isEqualTo("Fighters take Manbij after ten-week siege");
        assertThat(a.published()).isEqualTo(LocalDate.of(2016, 8, 13));
        assertThat(a.url()).isNull();
        assertThat(a.text().split("\n\n")).hasSize(3);
        assertThat(a.text()).startsWith("U.S.-backed fighters said on Friday they had taken full control of the northern Syrian city");
    }

    @Test
    void readsATextWithoutHeadersOrTitle() throws IngestException {
        Article a = reader.read(fixture("plain-report.txt"));
        assertThat(a.title()).isNull();
        assertThat(a.published()).isNull();
        assertThat(a.text().split("\n\n")).containsExactly(
                "The Syrian army said on Saturday it had recaptured the town of Al-Sukhnah in the eastern desert after"
                        + " two days of fighting with Islamic State, opening the road to Deir Ezzor.",
                "A military source said engineering units were removing mines from the main street.",
                "The town had been held by the group since May 2015.");
    }

    @Test
    void readsAWordPressPage() throws IngestException {
        Article a = reader.read(fixture("wordpress-article.html"));
        assertThat(a.title()).isEqualTo("Iraqi troops retake three villages south of Tal Afar");
        assertThat(a.published()).isEqualTo(LocalDate.of(2017, 8, 24));
        assertThat(a.url()).isEqualTo("https://www.frontierpost.example.com/2017/08/24/iraqi-troops-retake-three-villages-south-of-tal-afar/");
        assertThat(a.source()).isEqualTo("frontierpost.example.com");
        assertThat(a.text()).startsWith("TAL AFAR, Iraq — Iraqi troops backed by Popular Mobilisation fighters retook")
                .contains("\n\nThe city was cut off.\n\n")
                .endsWith("many of them on foot through the desert heat.")
                .doesNotContain("Skip to content", "Ceasefire talks", "Offensive on Tal Afar begins", "daily briefing",
                        "newsletter", "Share on", "Finally some good news", "Leave a Reply", "Most read",
                        "All rights reserved", "Photo:", "Iraqi troops retake three villages");
        assertThat(a.text().split("\n\n")).hasSize(6);
    }

    @Test
    void readsADivSoupPageWithJsonLd() throws IngestException {
        Article a = reader.read(fixture("jsonld-article.html"));
        assertThat(a.title()).isEqualTo("SDF says it has taken Tabqa dam from Islamic State");
        assertThat(a.published()).isEqualTo(LocalDate.of(2017, 5, 10));
        assertThat(a.source()).isEqualTo("levantdaily.example.org");
        assertThat(a.text()).contains("had taken full control of the town of Tabqa", "Engineers were inspecting the dam")
                .doesNotContain("cookies", "Skip to main content", "By Lina Haddad", "min read", "REUTERS",
                        "US to arm Kurdish YPG", "Subscribe", "Thousands flee", "Trending", "Advertisement", "rights reserved");
    }

    @Test
    void readsALatin1TablePageWithBreaks() throws IngestException {
        Article a = reader.read(fixture("latin1-wire.html"));
        assertThat(a.title()).isEqualTo("Turkish-backed rebels take Jarablus from Islamic State");
        assertThat(a.published()).isEqualTo(LocalDate.of(2016, 8, 25));
        assertThat(a.text()).contains("a café owner in the nearby town of Karkamış told reporters.")
                .doesNotContain("Accueil", "GMT", "Reporting by", "Tous droits");
        assertThat(a.text().split("\n\n")).hasSize(4);
    }

    @Test
    void decodesLatin1AndWindows1256TextsThatDeclareNothing() throws IOException, IngestException {
        Path latin = write("latin.txt", "Le café de la place a rouvert après les combats.\n"
                + "Les habitants sont revenus à Jarablus jeudi, a déclaré un élu.\n", StandardCharsets.ISO_8859_1);
        assertThat(reader.read(latin).text()).contains("café", "après", "déclaré");

        String arabic = "سيطرت القوات العراقية على قضاء تلعفر بالكامل يوم الخميس بعد معارك استمرت أسبوعا.\n"
                + "وقال المتحدث باسم قيادة العمليات المشتركة إن القوات دخلت مركز المدينة من ثلاثة محاور.\n"
                + "وأضاف أن فرق الهندسة بدأت برفع العبوات الناسفة من الطرق الرئيسية.\n";
        Path cp1256 = write("arabic.txt", arabic, Charset.forName("windows-1256"));
        assertThat(reader.read(cp1256).text()).contains("سيطرت القوات العراقية على قضاء تلعفر");
    }

    @Test
    void decodesAnHtmlPageWhoseWindows1256CharsetIsNotDeclared() throws IOException, IngestException {
        String page = "<html><head><title>تلعفر</title></head><body><article>"
                + "<p>سيطرت القوات العراقية على قضاء تلعفر بالكامل يوم الخميس بعد معارك استمرت أسبوعا.</p>"
                + "<p>وقال المتحدث باسم قيادة العمليات المشتركة إن القوات دخلت مركز المدينة من ثلاثة محاور.</p>"
                + "</article></body></html>";
        Path html = write("arabic.html", page, Charset.forName("windows-1256"));
        assertThat(reader.read(html).text()).contains("دخلت مركز المدينة");
    }

    @Test
    void decodesUtf16WithByteOrderMark() throws IOException, IngestException {
        Path utf16 = write("utf16.txt", "\uFEFFThe army entered the town of Hajin on Friday, officials said.\n",
                StandardCharsets.UTF_16LE);
        assertThat(reader.read(utf16).text()).isEqualTo("The army entered the town of Hajin on Friday, officials said.");
    }

    @Test
    void refusesBinaryFiles() throws IOException {
        Path png = dir.resolve("photo.html");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        assertThatThrownBy(() -> reader.read(png)).isInstanceOf(IngestException.class).hasMessage("binary file, not text or HTML");
    }

    @Test
    void refusesEmptyFilesAndPagesWithoutText() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        assertThatThrownBy(() -> reader.read(empty)).hasMessage("empty file");
        Path blank = Files.writeString(dir.resolve("blank.txt"), "URL: https://example.org/a\n\n   \n\n");
        assertThatThrownBy(() -> reader.read(blank)).hasMessageStartingWith("no article text");
        assertThatThrownBy(() -> reader.read(fixture("only-boilerplate.html"))).hasMessageStartingWith("no article text");
    }

    @Test
    void refusesFilesOverTheSizeLimit() throws IOException, IngestException {
        Path big = dir.resolve("big.txt");
        byte[] line = "Fighting continued in the old city on Monday, residents said.\n".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[(int) ArticleReader.DEFAULT_MAX_BYTES + 1];
        for (int i = 0; i < content.length; i++) {
            content[i] = line[i % line.length];
        }
        Files.write(big, content);
        assertThatThrownBy(() -> reader.read(big)).hasMessage("file is 5.0 MB, over the size limit of 5.0 MB");
        assertThat(new ArticleReader(2 * ArticleReader.DEFAULT_MAX_BYTES).read(big).text()).startsWith("Fighting continued");
        assertThatThrownBy(() -> new ArticleReader(1).read(fixture("plain-report.txt")))
                .hasMessage("file is 310 bytes, over the size limit of 1 bytes");
    }

    @Test
    void refusesAnInvalidPublishedHeader() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad-date.txt"),
                "Published: 2017-02-30\n\nThe army entered the town on Friday, officials said.\n");
        assertThatThrownBy(() -> reader.read(bad))
                .hasMessage("Published header: invalid date '2017-02-30': expected YYYY-MM-DD, a real calendar day");
    }

    @Test
    void refusesUnsupportedFilesAndMissingOnes() {
        assertThatThrownBy(() -> reader.read(dir.resolve("notes.pdf"))).hasMessageStartingWith("unsupported file type");
        assertThatThrownBy(() -> reader.read(dir.resolve("missing.txt"))).hasMessageStartingWith("cannot read:");
    }

    private Path write(String name, String text, Charset charset) throws IOException {
        return Files.write(dir.resolve(name), text.getBytes(charset));
    }
}
