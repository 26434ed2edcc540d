package dev.tsunagari.web;

import static dev.tsunagari.web.Page.DESIGNER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.demo.DemoNetwork;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.support.BrowserTest;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The small things of daily use: one kanji in the name picker, names in one request, busy marks, problems in Japanese. */
@BrowserTest
class DailyDetailsPageTest {
    private Page page;

    @BeforeEach
    void demoAndACleanBrowser() {
        new DemoNetwork(TestNeo4j.graph(), new CypherFiles()).loadIfEmpty();
        page = new Page().reset();
    }

    @Test
    void theNamePickerFindsOneKanji() {
        page.open("/").signIn(TestApi.TOKEN);
        page.pick("me-filter", "from", "竹", "me").waitUntil(() -> !page.attributes("#from option", "value").contains("lala"));
        assertThat(page.attributes("#from option", "value")).as("everyone with 竹 in their name").contains("me", "neiro")
                .doesNotContain("lala");
    }

    @Test
    void theTiesPanelLoadsTheNamesAtTheOtherEndsInOneRequest() {
        TestApi.put("/api/people/zz-hub", "{\"name\": \"輪の中心\"}");
        // The pickers' first page holds the first 200 people by id: these, so the hub's people are not among them.
        for (int i = 0; i < 200; i++) {
            TestApi.put(String.format("/api/people/aa-%03d", i), "{\"name\": \"先頭 " + i + "\"}");
        }
        for (int i = 0; i < 50; i++) {
            String id = String.format("zz-%03d", i);
            TestApi.put("/api/people/" + id, "{\"name\": \"竹林 " + i + "\"}");
            TestApi.put("/api/ties", "{\"from\": \"zz-hub\", \"to\": \"" + id + "\", \"type\": \"KNOWS\", \"context\": \"met\"}");
        }
        page.open("/").signIn(TestApi.TOKEN);
        page.js("performance.clearResourceTimings();");
        page.open("/?person=zz-hub");
        assertThat(page.attributes("#ties-list > li", "data-person")).hasSize(50);
        assertThat(page.text("#ties-list > li[data-person='zz-000']")).contains("竹林 0");
        List<?> requests = (List<?>) page.js("return performance.getEntriesByType('resource').map(e => e.name)"
                + ".filter(n => n.includes('/api/people/zz-0') || n.includes('/api/people?id='));");
        assertThat(requests).as("one request for the names, none per tie").hasSize(1);
        assertThat(requests.get(0).toString()).contains("/api/people?id=");
    }

    @Test
    void aBusyIntroducerIsMarkedAndTheRefusalIsSaidInThePagesLanguage() {
        for (String target : List.of("poketa", "chika", "miki")) {
            TestApi.post("/api/introductions", "{\"requester\": \"me\", \"target\": \"" + target + "\", \"via\": \"lala\", \"mode\": \"light\"}");
        }
        page.open("/").signIn(TestApi.TOKEN);
        page.open("/?q=" + TestApi.encode(DESIGNER) + "&from=me");
        assertThat(page.text("#intermediary-list > li[data-person='lala'] .busy")).isEqualTo("多忙");
        page.driver.findElement(By.cssSelector("li[data-person='lala'] li[data-target='kanade'] .ask-intro")).click();
        page.waitForTextContaining("li[data-person='lala'] li[data-target='kanade'] .ask-status", "すでに紹介の依頼をたくさん抱えています");
        page.assertAccessible();
        page.screenshot("search-busy");
    }
}
