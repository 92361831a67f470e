package org.unesco.oer.e2e;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * One headless Chromium driven through WebDriver, for the browser tests: signs in through
 * Keycloak's login page, waits for htmx's autosaves, keeps a full-page screenshot of each page
 * and runs axe-core on it.
 *
 * <p>Chromium and chromedriver: {@code -Doer.chromium} / {@code -Doer.chromedriver} (or the
 * environment variables {@code OER_CHROMIUM} / {@code OER_CHROMEDRIVER}), else
 * {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} when present (Debian's
 * {@code chromium} and {@code chromium-driver}, which {@code .ci/run} installs when missing), else
 * whatever Selenium Manager finds or fetches.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = LocalStack.ROOT.resolve("target/browser-screenshots");
    static final Path DOWNLOADS = LocalStack.ROOT.resolve("target/browser-downloads");
    /** The WCAG 2.1 A and AA rules of axe-core. */
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final AtomicInteger SHOTS = new AtomicInteger();
    /** Counts htmx requests in flight on the current page (installed again after each navigation). */
    private static final String TRACK_HTMX = """
            if (!window.__oerTracked) {
              window.__oerTracked = true; window.__oerPending = 0;
              document.addEventListener('htmx:beforeRequest', function () { window.__oerPending++; });
              document.addEventListener('htmx:afterRequest', function () { window.__oerPending = Math.max(0, window.__oerPending - 1); });
            }
            return document.readyState === 'complete' && typeof htmx !== 'undefined' && window.__oerPending === 0
              && !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling, .htmx-added');
            """;

    final String name;
    final ChromeDriver driver;
    final Path downloads;
    private final Path profile;
    private final List<String> violations;

    /** @param violations where axe-core's findings on each page are collected, shared by the tests */
    Browser(String name, List<String> violations) {
        this.name = name;
        this.violations = violations;
        try {
            Files.createDirectories(SCREENSHOTS);
            this.downloads = Files.createDirectories(DOWNLOADS.resolve(name));
            this.profile = Files.createTempDirectory("oer-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        String chromium = locate("oer.chromium", "OER_CHROMIUM", "/usr/bin/chromium");
        if (chromium != null) {
            options.setBinary(chromium);
        }
        // The flags keep a headless Chromium from reaching out (no network here: it would hang).
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--no-default-browser-check", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--disable-features=Translate,MediaRouter,OptimizationHints",
                "--window-size=1280,1000", "--lang=en-GB",
                // Bootstrap scrolls smoothly otherwise: a click would land while the page still moves
                "--force-prefers-reduced-motion", "--user-data-dir=" + profile);
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        prefs.put("safebrowsing.enabled", false);
        options.setExperimentalOption("prefs", prefs);
        String chromedriver = locate("oer.chromedriver", "OER_CHROMEDRIVER", "/usr/bin/chromedriver");
        if (chromedriver != null) {
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(chromedriver))
                    .usingAnyFreePort().build();
            this.driver = new ChromeDriver(service, options);
        } else {
            this.driver = new ChromeDriver(options);
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    }

    private static String locate(String property, String env, String fallback) {
        String configured = System.getProperty(property, System.getenv(env));
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return Files.isExecutable(Path.of(fallback)) ? fallback : null;
    }

    // ---- navigation --------------------------------------------------------------------------

    void open(String path) {
        driver.get(path.startsWith("http") ? path : LocalStack.serviceUrl() + path);
        waitIdle();
    }

    String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(LocalStack.serviceUrl()) ? url.substring(LocalStack.serviceUrl().length()) : url;
    }

    boolean onKeycloakLogin() {
        return driver.getCurrentUrl().startsWith(LocalStack.keycloakUrl() + "/realms/oer/") && !driver.findElements(By.id("username")).isEmpty();
    }

    /** Opens a page of the service; on Keycloak's login page, signs in there and comes back. */
    void signIn(String path, String user) {
        driver.get(LocalStack.serviceUrl() + path);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> onKeycloakLogin());
        shot("keycloak-login");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(user);
        driver.findElement(By.id("kc-login")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().startsWith(LocalStack.serviceUrl()));
        waitIdle();
    }

    /** Waits until the page has loaded and no htmx request (autosave) is in flight or being swapped in. */
    void waitIdle() {
        if (driver.getCurrentUrl().startsWith("chrome-error:")) {
            throw new AssertionError(name + ": Chromium shows its own error page (" + driver.getTitle() + ", screenshot "
                    + shot("chrome-error").getFileName() + "): the service answered a form post from a page with an empty error."
                    + " Page defect: with Referrer-Policy: no-referrer Chromium sends 'Origin: null' on the pages' own form posts"
                    + " (Save, Save and continue, Add another, Remove, Submit) and the CORS filter refuses them with an empty 403");
        }
        if (!driver.getCurrentUrl().startsWith(LocalStack.serviceUrl())) {
            // another site (Keycloak's login after signing out): no htmx there, only the page load
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
            return;
        }
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(50))
                    .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(TRACK_HTMX)));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(name + ": the page did not settle in 30 s on " + path() + ": " + js("return JSON.stringify({"
                    + "ready: document.readyState, htmx: typeof htmx, pending: window.__oerPending, busy: Array.from(document.querySelectorAll("
                    + "'.htmx-request, .htmx-swapping, .htmx-settling, .htmx-added')).map(function (e) { return e.tagName + '#' + e.id + '.' + e.className; }),"
                    + "url: location.href, title: document.title, scripts: Array.from(document.scripts).map(function (s) { return s.src; }),"
                    + "resources: performance.getEntriesByType('resource').map(function (r) { return r.name + ' ' + r.responseStatus; })});")
                    + " (screenshot " + shot("not-settled").getFileName() + ")", e);
        }
    }

    Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** The HTTP status of a GET from this browser, with its session (fetch, no redirect followed into Keycloak). */
    long status(String path) {
        return (Long) driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {redirect: 'manual', credentials: 'same-origin'}).then(function (r) { done(r.status); })"
                + ".catch(function () { done(-1); });", path);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Types into a field as a user does: click, select what is there, type, leave it (change: autosave). */
    void type(WebElement field, String text) {
        scrollTo(field);
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
        field.sendKeys(Keys.TAB);
        waitIdle();
    }

    void type(String css, String text) {
        type(find(css), text);
    }

    /** The element left the page (Chromium answers either "stale" or an inspector error for such a node). */
    private static boolean gone(WebElement e) {
        try {
            e.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException left) {
            return true;
        }
    }

    void click(String css) {
        WebElement e = find(css);
        scrollTo(e);
        e.click();
        waitIdle();
    }

    /** Clicks what submits a form, follows a link or is swapped by htmx, and waits until the element has gone. */
    void clickAway(String css) {
        WebElement e;
        try {
            e = find(css);
            scrollTo(e);
            e.click();
        } catch (org.openqa.selenium.WebDriverException stale) {
            // the page was still being replaced (an autosave settling): find it again in the new page
            waitIdle();
            e = find(css);
            scrollTo(e);
            e.click();
        }
        WebElement clicked = e;
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> gone(clicked));
        waitIdle();
    }

    /** Presses keys on the focused element, which leaves the page (Enter on a button or link). */
    void pressAway(CharSequence... keys) {
        WebElement e = driver.switchTo().activeElement();
        new Actions(driver).sendKeys(keys).perform();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> gone(e));
        waitIdle();
    }

    void scrollTo(WebElement e) {
        js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", e);
    }

    String activeId() {
        return (String) js("return document.activeElement ? document.activeElement.id : null;");
    }

    /** Presses Tab (keyboard only) until the focused element matches, at most 150 times. */
    void tabUntil(Predicate<WebElement> focused, String what) {
        for (int i = 0; i < 150; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement active = driver.switchTo().activeElement();
            if (focused.test(active)) {
                return;
            }
        }
        throw new AssertionError(name + ": Tab never reached " + what + " on " + path());
    }

    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
        waitIdle();
    }

    // ---- evidence ----------------------------------------------------------------------------

    /** A full-page PNG in target/browser-screenshots/. */
    Path shot(String label) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> metrics = (Map<String, Object>) driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
            double width = ((Number) size.get("width")).doubleValue();
            double height = Math.min(((Number) size.get("height")).doubleValue(), 16000);
            Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1);
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
            Path file = SCREENSHOTS.resolve(String.format("%03d-%s-%s.png", SHOTS.incrementAndGet(), name, label.replaceAll("[^A-Za-z0-9_-]", "_")));
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Screenshot and axe-core (WCAG 2.1 A and AA) on the page as it is now; findings go to the shared list. */
    List<String> check(String label) {
        waitIdle();
        shot(label);
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            StringBuilder b = new StringBuilder().append(label).append(" (").append(path()).append(", ")
                    .append(js("return document.documentElement.lang;")).append("): ").append(rule.getId())
                    .append(" [").append(rule.getImpact()).append("] ").append(rule.getHelp());
            for (CheckedNode node : rule.getNodes().stream().limit(5).toList()) {
                b.append("\n      at ").append(node.getTarget()).append(": ").append(abbreviate(node.getHtml()))
                        .append("\n        ").append(abbreviate(String.valueOf(node.getFailureSummary())));
            }
            if (rule.getNodes().size() > 5) {
                b.append("\n      … and ").append(rule.getNodes().size() - 5).append(" more");
            }
            found.add(b.toString());
        }
        synchronized (violations) {
            violations.addAll(found);
        }
        return found;
    }

    private static String abbreviate(String html) {
        String s = html == null ? "" : html.replaceAll("\\s+", " ");
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }

    /** Waits for a finished download in this browser's download folder. */
    Path awaitDownload(Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> done = files.filter(f -> !f.getFileName().toString().endsWith(".crdownload")
                        && !f.getFileName().toString().startsWith(".")).toList();
                if (!done.isEmpty()) {
                    return done.get(0);
                }
                Thread.sleep(200);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError(name + ": no download arrived in " + downloads);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
