package dev.tsunagari.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.support.Browser;
import dev.tsunagari.support.BrowserTest;
import dev.tsunagari.support.TestApi;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The API docs (Swagger UI) render every operation under their Content-Security-Policy, which refuses nothing. */
@BrowserTest
class DocsPageTest {

    @Test
    void theDocsRenderTheOperationsWithoutPolicyViolations() {
        ChromeDriver driver = Browser.driver();
        driver.manage().logs().get(LogType.BROWSER);

        driver.get(TestApi.baseUrl() + "/docs");

        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(d -> !d.findElements(By.cssSelector(".opblock-summary-path")).isEmpty());
        List<String> paths = driver.findElements(By.cssSelector(".opblock-summary-path")).stream()
                .map(e -> e.getAttribute("data-path")).toList();
        List<String> refused = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
        assertThat(paths).contains("/api/cypher", "/api/intermediaries");
        assertThat(refused).isEmpty();
    }
}
