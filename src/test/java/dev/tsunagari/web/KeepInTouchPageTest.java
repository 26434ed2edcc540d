package dev.tsunagari.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.demo.DemoNetwork;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.support.BrowserTest;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Keeping in touch (気にかける) as Hibiki, the demo's me: quiet strong ties, the ledger and the fan club. */
@BrowserTest
class KeepInTouchPageTest {
    private Page page;

    @BeforeEach
    void demoAndACleanBrowser() {
        new DemoNetwork(TestNeo4j.graph(), new CypherFiles()).loadIfEmpty();
        page = new Page().reset();
    }

    @Test
    void loggingAnInteractionInTwoTapsMovesThePersonOutOfKeepInTouch() {
        page.open("/").signIn(TestApi.TOKEN);
        page.open("/?view=keep&from=me");
        assertThat(page.attributes("#quiet-list > li", "data-person")).as("Sari, close but quiet for over a year").containsExactly("sari");
        assertThat(page.text("#quiet-list > li[data-person='sari']")).contains("Sari Bambu", "日連絡なし");
        assertThat(page.attributes("#fans > li", "data-person")).as("the long-standing first").startsWith("matome", "lala")
                .contains("sakura");
        assertThat(page.text("#fans > li[data-person='matome']")).contains("半年以上", "あなたを信頼");
        page.assertAccessible();
        page.screenshot("keep-in-touch");

        page.driver.findElement(By.cssSelector("#quiet-list li[data-person='sari'] summary.log-open")).click();
        page.click(By.cssSelector("#quiet-list li[data-person='sari'] button[data-kind='call']"));

        assertThat(page.driver.findElements(By.cssSelector("#quiet-list > li"))).as("Sari is no longer quiet").isEmpty();
        assertThat(page.text("#status")).contains("Sari Bambu", "電話した");
        JsonNode tie = TestApi.get("/api/people/me/ties?limit=100").json().get("items");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(tie.findParents("to").stream().filter(t -> "sari".equals(t.get("to").asText()) || "sari".equals(t.get("from").asText()))
                .map(t -> t.get("lastContact").asText())).as("lastContact moved").contains(today);
        JsonNode ledger = TestApi.get("/api/people/me/ledger").json();
        assertThat(ledger.get("counterparts")).isEmpty();
        page.assertNoConsoleErrors();
    }

    @Test
    void aSharedLinkToTheViewOpensItOnceSignedIn() {
        page.open("/?view=keep&from=me&lang=en");
        assertThat(page.state()).isEqualTo("signin");
        page.signIn(TestApi.TOKEN);
        assertThat(page.location()).isEqualTo("/?view=keep&from=me&lang=en");
        assertThat(page.focused().getDomAttribute("id")).isEqualTo("view-heading");
        assertThat(page.text("#view-heading")).isEqualTo("Keeping in touch");
        assertThat(page.visible("search-form")).as("the search forms give way to the view").isFalse();
        assertThat(page.driver.findElement(org.openqa.selenium.By.cssSelector("#views-nav a[aria-current='page']")).getDomAttribute("data-view"))
                .isEqualTo("keep");
        page.screenshot("keep-in-touch-en");
    }

    @Test
    void helpGivenShowsInTheLedgerPerPerson() {
        TestApi.post("/api/people/me/interactions", "{\"with\": \"lala\", \"kind\": \"helped\", \"note\": \"フライヤーの写真\"}");
        page.screen(375, 812, true).open("/").signIn(TestApi.TOKEN);
        page.open("/?view=keep&from=me");
        assertThat(page.text("#ledger tr[data-person='lala']")).contains("歌川 ララ", "1");
        assertThat(page.js("return document.documentElement.scrollWidth;")).isEqualTo(375L);
        page.assertAccessible();
        page.screenshot("keep-in-touch-375px");
    }
}
