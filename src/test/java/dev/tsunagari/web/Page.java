package dev.tsunagari.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.support.Browser;
import dev.tsunagari.support.TestApi;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page as the browser tests use it: open a URL, sign in, wait until the page says it is done, and read
 * back what it shows, including the ids of the people the route picture holds ({@code #graph[data-nodes]}).
 */
final class Page {
    static final String DESIGNER = "デザイナー";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static String userAgent;
    final ChromeDriver driver = Browser.driver();

    /** A clean start: no token, no remembered choices, no emulated screen or language, no old log lines. */
    Page reset() {
        driver.get(TestApi.baseUrl() + "/");
        if (userAgent == null) {
            userAgent = (String) js("return navigator.userAgent;");
        }
        preferLanguage("ja,en");
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        js("localStorage.clear(); sessionStorage.clear();");
        // That first load still signed in with the last test's token, which may name an account gone with its
        // database: a clean load, so its refusal is not counted as this test's console error.
        driver.get(TestApi.baseUrl() + "/");
        settle();
        driver.manage().logs().get(LogType.BROWSER);
        return this;
    }

    /** What navigator.languages says from the next page on, as a browser set to that language would. */
    Page preferLanguage(String languages) {
        driver.executeCdpCommand("Emulation.setUserAgentOverride", Map.of("userAgent", userAgent, "acceptLanguage", languages));
        return this;
    }

    /** A screen of this many CSS pixels; mobile: a phone's, at twice the pixel density. From the next page on. */
    Page screen(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", mobile ? 2 : 1, "mobile", mobile));
        return this;
    }

    /** Opens a path of this service and waits until the page has drawn whatever it names. */
    Page open(String pathAndQuery) {
        driver.get(TestApi.baseUrl() + pathAndQuery);
        return settle();
    }

    Page signIn(String token) {
        return submit("token", token);
    }

    /** Types into a field and presses Enter, as a keyboard user submits a form. */
    Page submit(String fieldId, String text) {
        WebElement field = driver.findElement(By.id(fieldId));
        field.clear();
        return act(() -> field.sendKeys(text, Keys.ENTER));
    }

    Page click(By by) {
        return act(() -> driver.findElement(by).click());
    }

    /** Does something the page answers by drawing again, and waits for that drawing to finish. */
    Page act(Runnable action) {
        String before = (String) js("return document.body.dataset.render || '0';");
        action.run();
        // A form may first wait for its own lists to catch up, so the new drawing can start a moment later.
        waiting().until(d -> !before.equals(js("return document.body.dataset.render || '0';")));
        return settle();
    }

    /** Waits until the page is no longer loading: it is ready, shows a problem, or asks to sign in. */
    Page settle() {
        waiting().until(d -> !"loading".equals(state()));
        return this;
    }

    Page waitUntil(java.util.function.BooleanSupplier condition) {
        waiting().until(d -> condition.getAsBoolean());
        return this;
    }

    Page waitForTextContaining(String css, String text) {
        waiting().until(d -> d.findElements(By.cssSelector(css)).stream().anyMatch(e -> e.getText().contains(text)));
        return this;
    }

    Page waitForText(String css, String text) {
        waiting().until(d -> d.findElements(By.cssSelector(css)).stream().anyMatch(e -> text.equals(e.getText())));
        return settle();
    }

    private WebDriverWait waiting() {
        // The page rebuilds its lists as it renders, so an element found a moment ago may be gone.
        return (WebDriverWait) new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class);
    }

    String state() {
        return (String) js("return document.body.dataset.state || 'loading';");
    }

    /** Picks a person in a picker by typing part of their name into its filter, as a visitor would. */
    Page pick(String filterId, String selectId, String text, String expectedId) {
        WebElement filter = driver.findElement(By.id(filterId));
        filter.clear();
        filter.sendKeys(text);
        waiting().until(d -> expectedId.equals(d.findElement(By.id(selectId)).getDomProperty("value")));
        return this;
    }

    List<String> drawnNodes() {
        String nodes = driver.findElement(By.id("graph")).getDomAttribute("data-nodes");
        return nodes == null || nodes.isBlank() ? List.of() : Arrays.asList(nodes.split(" "));
    }

    String weakestDrawn() {
        return driver.findElement(By.id("graph")).getDomAttribute("data-weakest");
    }

    List<String> attributes(String css, String attribute) {
        return driver.findElements(By.cssSelector(css)).stream().map(e -> e.getDomAttribute(attribute)).toList();
    }

    String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    boolean visible(String id) {
        return driver.findElement(By.id(id)).isDisplayed();
    }

    /** The address bar, decoded, from the path on: what a visitor would copy and share. */
    String location() {
        URI uri = URI.create(driver.getCurrentUrl());
        String query = uri.getRawQuery() == null ? "" : "?" + URLDecoder.decode(uri.getRawQuery(), StandardCharsets.UTF_8);
        return uri.getPath() + query;
    }

    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Console errors since the last look: script failures and Content-Security-Policy refusals land here. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    void assertNoConsoleErrors() {
        assertThat(consoleErrors()).as("browser console errors").isEmpty();
    }

    /**
     * The serious and critical violations axe-core (a test-scoped webjar, put into the page by the driver, so the
     * page's own policy stays strict) finds on what the page shows now, one line each.
     */
    @SuppressWarnings("unchecked")
    List<String> accessibilityViolations() {
        if (!Boolean.TRUE.equals(js("return Boolean(window.axe);"))) {
            js(Axe.source());
        }
        Object found = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ["violations"] })
                  .then((r) => done(r.violations.filter((v) => v.impact === "serious" || v.impact === "critical")
                    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 4).map((n) => n.target.join(" ")).join(", ")}`)))
                  .catch((e) => done([`axe failed: ${e}`]));""");
        return (List<String>) found;
    }

    void assertAccessible() {
        assertThat(accessibilityViolations()).as("serious or critical accessibility violations").isEmpty();
    }

    /** The whole page as PNG: saved under target/screenshots, and as docs/web-NAME.png when asked to. */
    void screenshot(String name) {
        Browser.screenshot(name);
        Docs.save(driver, name);
    }
}
