package dev.tsunagari.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The screenshots of docs/web-page.md: with {@code -Dtsunagari.docs=true} the browser tests save the whole page
 * (beyond the window) as {@code docs/web-NAME.png}; without it they save nothing there.
 */
final class Docs {
    static final Path DIRECTORY = Path.of("docs");

    private Docs() {}

    static boolean wanted() {
        return Boolean.getBoolean("tsunagari.docs");
    }

    static void save(ChromeDriver driver, String name) {
        if (!wanted()) {
            return;
        }
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true));
        try {
            Files.createDirectories(DIRECTORY);
            Files.write(DIRECTORY.resolve("web-" + name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
