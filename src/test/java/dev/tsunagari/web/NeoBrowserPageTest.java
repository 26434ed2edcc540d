package dev.tsunagari.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.support.Browser;
import dev.tsunagari.support.BrowserTest;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Neo4j Browser starts in a real browser under its Content-Security-Policy, which refuses nothing it needs: the
 * only refusals are what it would fetch from other sites (its web fonts), which the service keeps out on purpose.
 */
@BrowserTest
class NeoBrowserPageTest {

    @Test
    void theBrowserRendersWithoutPolicyViolations() {
        ChromeDriver driver = Browser.driver();
        driver.manage().logs().get(LogType.BROWSER);

        driver.get(TestApi.baseUrl() + "/browser");

        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.cssSelector("#mount *")).isEmpty());
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.getPageSource().contains("neo4j"));
        Browser.screenshot("neo4j-browser");
        List<String> refused = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .filter(message -> !message.matches("(?s).*Loading the (stylesheet|font) 'https://fonts\\.(googleapis|gstatic)\\.com/.*"))
                // The Browser reports its own errors to Sentry; the policy keeping those reports in is the point.
                .filter(message -> !message.matches("(?s).*https://[a-z0-9.]*ingest\\.sentry\\.io/.*"))
                .toList();
        assertThat(driver.getCurrentUrl()).endsWith("/browser/");
        assertThat(refused).isEmpty();
    }

    @Test
    void theBrowserSignsInToTheEmbeddedNeo4jOverItsWebSocketWithTheBoltPassword() {
        String password = TestNeo4j.boltPassword().orElse(null);
        Assumptions.assumeTrue(password != null, "only the embedded Neo4j has a Bolt password of the service's");
        String bolt = TestNeo4j.connection().embedded().orElseThrow().boltUri();
        ChromeDriver driver = Browser.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));

        driver.get(TestApi.baseUrl() + "/browser/?dbms=" + bolt);
        wait.until(d -> !d.findElements(By.cssSelector("[data-testid=password]")).isEmpty());
        // The connect frame slides in: its fields exist a moment before they take input.
        for (String field : List.of("username", "password", "connect")) {
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=" + field + "]")));
        }
        driver.findElement(By.cssSelector("[data-testid=username]")).clear();
        driver.findElement(By.cssSelector("[data-testid=username]")).sendKeys("neo4j");
        driver.findElement(By.cssSelector("[data-testid=password]")).sendKeys(password);
        driver.findElement(By.cssSelector("[data-testid=connect]")).click();

        wait.until(d -> d.getPageSource().contains("You are connected as user"));
        Browser.screenshot("neo4j-browser-connected");
        assertThat(driver.getPageSource()).contains("neo4j");
    }
}
