package dev.tsunagari.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.demo.DemoNetwork;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.support.BrowserTest;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The connector view (困ったときは◯◯さんに): who reaches a kind best, and what one person reaches. */
@BrowserTest
class ConnectorsPageTest {
    private Page page;

    @BeforeEach
    void demoAndACleanBrowser() {
        new DemoNetwork(TestNeo4j.graph(), new CypherFiles()).loadIfEmpty();
        page = new Page().reset();
    }

    @Test
    void forAKindTheBestConnectorsComeFirstAndOneOpensTheKindsTheyReach() {
        page.open("/").signIn(TestApi.TOKEN);
        page.open("/?view=connectors&from=me");
        page.submit("connectors-kind", "団地");
        assertThat(page.location()).isEqualTo("/?view=connectors&kind=団地&from=me");
        JsonNode answer = TestApi.get("/api/connectors?kind=" + TestApi.encode("団地") + "&limit=20").json();
        List<String> expected = new ArrayList<>();
        answer.get("items").forEach(c -> expected.add(c.at("/person/id").asText()));
        assertThat(page.attributes("#connector-list > li", "data-person")).isEqualTo(expected).startsWith("matome");
        assertThat(page.attributes("#reach-kinds li", "data-kind")).as("my own reach below").contains("団地");
        page.assertAccessible();
        page.screenshot("connectors");

        page.click(By.cssSelector("#connector-list li[data-person='matome'] a.reach-link"));
        assertThat(page.text("#reach-heading")).contains("団野 まとめ");
        JsonNode reach = TestApi.get("/api/people/matome/reach").json();
        assertThat(page.attributes("#only-bridge li", "data-person")).hasSize(reach.get("onlyBridgeFor").size());
        page.assertNoConsoleErrors();
    }

    @Test
    void aBusyIntroducerIsMarked() {
        for (String target : List.of("kanade", "poketa", "neiro")) {
            TestApi.send("POST", "/api/introductions", "{\"requester\": \"me\", \"target\": \"" + target + "\", \"via\": \"lala\", \"mode\": \"light\"}",
                    TestApi.TOKEN);
        }
        assertThat(TestApi.get("/api/people/lala/busy").json().get("busy").asBoolean()).isTrue();
        page.screen(375, 812, true).open("/").signIn(TestApi.TOKEN);
        page.open("/?view=connectors&from=me&kind=" + TestApi.encode("ライブハウス"));
        assertThat(page.text("#connector-list li[data-person='lala'] .busy")).isEqualTo("多忙");
        assertThat(page.js("return document.documentElement.scrollWidth;")).isEqualTo(375L);
        page.assertAccessible();
        page.screenshot("connectors-375px");
    }
}
