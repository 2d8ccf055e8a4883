package org.frontline.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The web app in real headless Chromium (Debian's chromium and chromium-driver, through Selenium): it opens on the
 * founding store, the timeline moves the territory, an event's popup shows its evidence, a link-up draws the corridor.
 * Screenshots go to target/screenshots.
 */
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path dir;
    static FoundingDesk desk;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "no /usr/bin/chromium and /usr/bin/chromedriver");
        desk = FoundingDesk.start(dir, false, List.of(), true);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium")));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1400, 850));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (desk != null) {
            desk.close();
        }
    }

    private static String state(String name) {
        return (String) ((JavascriptExecutor) browser).executeScript("return document.body.dataset[arguments[0]] || null;", name);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    private static void screenshot(String name) throws Exception {
        Path out = Files.createDirectories(Path.of("target", "screenshots")).resolve(name + ".png");
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), out, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void timelineEventsAndLinkUp() throws Exception {
        browser.get(desk.base + "/");
        waiting().until(d -> "true".equals(state("ready")) && "false".equals(state("loading")));
        assertThat(state("errors")).isNull();
        assertThat(state("date")).isEqualTo("2017-05-29");
        String may29 = state("territory");
        assertThat(may29).contains("PMF", "SDF");
        assertThat(browser.findElements(By.cssSelector(".leaflet-overlay-pane path"))).hasSizeGreaterThan(5);
        screenshot("desk-2017-05-29");

        // the timeline, by keyboard: Home goes to the first day
        WebElement day = browser.findElement(By.id("day"));
        day.sendKeys(Keys.HOME);
        waiting().until(d -> "2017-05-27".equals(state("date")) && "false".equals(state("loading")));
        assertThat(state("territory")).isNotEqualTo(may29);
        day.sendKeys(Keys.END);
        waiting().until(d -> "2017-05-29".equals(state("date")) && "false".equals(state("loading")));
        assertThat(state("territory")).isEqualTo(may29);

        // an event: its popup lists each source with its evidence sentence and a link to the article
        waiting().until(d -> state("events") != null && Integer.parseInt(state("events")) > 0);
        WebElement marker = browser.findElements(By.cssSelector(".leaflet-marker-icon")).get(0);
        marker.sendKeys(Keys.ENTER);
        waiting().until(d -> "open".equals(state("popup")));
        WebElement popup = browser.findElement(By.cssSelector(".leaflet-popup-content"));
        assertThat(popup.findElements(By.cssSelector("q.evidence"))).isNotEmpty()
                .allSatisfy(q -> assertThat(q.getText()).isNotBlank());
        screenshot("desk-event-popup");
        popup.findElement(By.cssSelector("a[data-article]")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#details-body mark")).isEmpty());

        browser.findElement(By.cssSelector(".leaflet-popup-close-button")).click();

        // a link-up: PMF to the Syrian government through SDF land draws the corridor
        browser.findElement(By.cssSelector("#linkup-form button[type=submit]")).click();
        waiting().until(d -> state("corridor") != null && Integer.parseInt(state("corridor")) > 1);
        assertThat(browser.findElement(By.id("linkup-result")).getText()).contains("connected", "SDF");
        assertThat(browser.findElements(By.cssSelector(".leaflet-overlay-pane path[stroke='#0057ff']"))).isNotEmpty();
        screenshot("desk-linkup");

        // compare with the base map's day: the land the PMF gained is shaded
        browser.findElement(By.id("compare-on")).click();
        waiting().until(d -> "false".equals(state("loading")) && browser.findElement(By.cssSelector(".legend")).getText().contains("gained"));
        assertThat(browser.findElement(By.cssSelector(".legend")).getText()).contains("PMF gained from");
        screenshot("desk-compare");
        assertThat(state("errors")).isNull();
    }
}
