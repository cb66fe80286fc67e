package nz.integrity.it;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Debian's headless Chromium driven by its own chromedriver (no Selenium Manager downloads), with page-level
 * helpers and an axe-core check that fails on serious or critical accessibility violations.
 */
public final class Browser implements AutoCloseable {

    private final String base;
    private final Path profile;
    private final Path downloads;
    private final ChromeDriverService service;
    private final WebDriver driver;

    public Browser(String base) {
        this.base = base;
        try {
            this.profile = Files.createTempDirectory("icm-chrome-profile");
            this.downloads = Files.createTempDirectory("icm-chrome-downloads");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        this.service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1280,900",
                "--user-data-dir=" + profile);
        // Files the pages offer are saved without a prompt, where awaitDownload() looks for them.
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "safebrowsing.enabled", false));
        ChromeDriver chrome = new ChromeDriver(service, options);
        // Headless Chromium may ignore the download preference; DevTools makes the folder explicit.
        chrome.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        this.driver = chrome;
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base + path);
    }

    public void logOn(String username, String password) {
        open("/login.xhtml");
        type(By.id("logonForm:username"), username);
        type(By.id("logonForm:password"), password);
        click(By.id("logonForm:signIn"));
        waitFor(By.id("signedInAs"));
    }

    public void logOff() {
        click(By.id("logoffForm:logOff"));
        waitFor(By.id("logonForm:signIn"));
    }

    public void type(By locator, String text) {
        WebElement element = waitFor(locator);
        element.clear();
        element.sendKeys(text);
    }

    public void click(By locator) {
        wait(Duration.ofSeconds(15)).until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    public WebElement waitFor(By locator) {
        return wait(Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /**
     * PrimeFaces' select menu: open its panel, then pick the visible item by its label. Retried as a whole,
     * because an Ajax update can leave the previous panel behind while the new one is still opening.
     */
    public void choose(String selectId, String label) {
        By item = By.xpath("//*[@id='" + selectId + "_panel']//li[@data-label='" + label + "']");
        wait(Duration.ofSeconds(15)).until(d -> {
            if (!d.findElement(By.id(selectId + "_label")).getText().contains(label)) {
                d.findElements(item).stream().filter(WebElement::isDisplayed).findFirst()
                        .ifPresentOrElse(WebElement::click, () -> d.findElement(By.id(selectId)).click());
            }
            return d.findElement(By.id(selectId + "_label")).getText().contains(label);
        });
    }

    /** Waits until the element shows the text (it may be re-rendered by Ajax meanwhile). */
    public void waitForText(By locator, String text) {
        wait(Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    public boolean isPresent(By locator) {
        return !driver.findElements(locator).isEmpty();
    }

    public String text(By locator) {
        return waitFor(locator).getText();
    }

    /**
     * The one file the last click saved, once Chromium has finished writing it; the download folder is emptied for
     * the next one.
     */
    public Download awaitDownload() {
        Path[] found = new Path[1];
        wait(Duration.ofSeconds(30)).until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> all = files.toList();
                boolean writing = all.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
                found[0] = writing || all.size() != 1 ? null : all.get(0);
                return found[0] != null;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            Download download = new Download(found[0].getFileName().toString(), Files.readAllBytes(found[0]));
            Files.delete(found[0]);
            return download;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A file as the browser saved it. */
    public record Download(String fileName, byte[] content) {
    }

    /** WCAG 2.1 A and AA rules; serious and critical findings fail the test with a readable list. */
    public void assertAccessible() {
        // A fading dialog (jQuery) or a button's colour transition (CSS) has intermediate colours that axe would
        // report as low contrast, so axe runs once both are still. Endless animations (spinners) are not waited for.
        wait(Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return (!window.jQuery || jQuery(':animated').length === 0)"
                        + " && document.getAnimations().every(a => a.playState !== 'running'"
                        + " || a.effect.getComputedTiming().endTime === Infinity);")));
        // Legacy mode runs axe in the page itself: the default opens and switches to an about:blank window first,
        // which failed now and then on a loaded machine ("switchToWindow failed") though the page was fine. Our pages
        // have no cross-origin frames, the one thing the default mode adds.
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .setLegacyMode(true)
                .analyze(driver);
        List<Rule> blocking = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        assertTrue(blocking.isEmpty(), () -> "Accessibility violations on " + driver.getCurrentUrl() + ":\n"
                + blocking.stream().map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " -> "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n")));
    }

    private WebDriverWait wait(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            delete(profile);
            delete(downloads);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException ignored) {
            // a leftover temporary folder is harmless
        }
    }
}
