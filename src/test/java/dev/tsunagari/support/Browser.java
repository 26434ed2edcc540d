package dev.tsunagari.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver: one per test JVM, with a fresh profile, a
 * 1280 × 900 window and a browser that prefers Japanese. Both paths are handed to Selenium, so Selenium Manager
 * never runs and nothing is downloaded. When either is missing the browser tests are skipped, unless {@code CI}
 * is set: a CI run that skipped them would not have tested the page, so there they fail and say what to install.
 */
public final class Browser {
    public static final Path CHROMIUM = Path.of(System.getProperty("tsunagari.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("tsunagari.chromedriver", "/usr/bin/chromedriver"));
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static ChromeDriver driver;
    private static Path profile;

    private Browser() {}

    public static synchronized ChromeDriver driver() {
        requireInstalled();
        if (driver == null) {
            driver = start();
            Runtime.getRuntime().addShutdownHook(new Thread(Browser::quit, "browser-shutdown"));
        }
        return driver;
    }

    /** Why browser tests cannot run here, when they may be skipped for it: never when CI is set. */
    static Optional<String> skipReason() {
        return missing().filter(reason -> !onCi());
    }

    static void requireInstalled() {
        missing().ifPresent(reason -> Assertions.fail(onCi() ? "CI is set, so the browser tests may not be skipped. " + reason : reason));
    }

    private static Optional<String> missing() {
        List<String> missing = Stream.of(CHROMIUM, CHROMEDRIVER).filter(p -> !Files.isExecutable(p)).map(Path::toString).toList();
        return missing.isEmpty() ? Optional.empty() : Optional.of(
                "The browser tests need Debian's Chromium and its driver (apt-get install -y chromium chromium-driver); "
                + "not found: " + String.join(", ", missing)
                + " (other paths: -Dtsunagari.chromium=... -Dtsunagari.chromedriver=...)");
    }

    private static boolean onCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
    }

    private static ChromeDriver start() {
        try {
            profile = Files.createTempDirectory("tsunagari-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,900", "--lang=ja");
        // --lang alone leaves navigator.languages at en-US in headless mode; this preference sets it.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ja,en"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /** Saves what the browser shows as target/screenshots/NAME.png and returns the file. */
    public static Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver().getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized void quit() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // A profile left in the temporary directory is harmless.
            }
        }
    }
}
