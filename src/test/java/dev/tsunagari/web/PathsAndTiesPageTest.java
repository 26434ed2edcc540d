package dev.tsunagari.web;

import static dev.tsunagari.web.Page.DESIGNER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.demo.DemoNetwork;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.support.Browser;
import dev.tsunagari.support.BrowserTest;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Bridge paths between two people and a person's ties, in a real browser against the demo network. */
@BrowserTest
class PathsAndTiesPageTest {
    private Page page;

    @BeforeEach
    void demoAndACleanBrowser() {
        new DemoNetwork(TestNeo4j.graph(), new CypherFiles()).loadIfEmpty();
        page = new Page().reset();
        page.open("/").signIn(TestApi.TOKEN);
    }

    @Test
    void bridgePathsFromTheSingerToTheTaxAccountantAreListedAndDrawn() {
        page.driver.findElement(By.cssSelector("#bridge > summary")).click();
        page.pick("path-from-filter", "path-from", "Lala", "lala");
        page.pick("path-to-filter", "path-to", "Zeita", "zeita");
        page.click(By.id("paths-submit"));

        JsonNode answer = TestApi.get("/api/paths?from=lala&to=zeita&maxLength=6&limit=5").json();
        List<String> expected = new ArrayList<>();
        answer.get("paths").forEach(p -> expected.add(String.join(" ", SearchPageTest.ids(p.get("nodes")))));
        assertThat(page.location()).isEqualTo("/?pathFrom=lala&pathTo=zeita");
        assertThat(answer.get("length").asInt()).isEqualTo(3);
        assertThat(page.attributes("#path-list > li", "data-nodes")).isEqualTo(expected).hasSizeGreaterThan(1);
        assertThat(String.join(" ", page.drawnNodes())).as("the best path is drawn").isEqualTo(expected.get(0));
        assertThat(page.weakestDrawn()).as("its weakest link marked").isNotBlank();
        assertThat(page.text("#paths-results .summary")).contains("3");

        page.click(By.cssSelector("#path-list > li[data-path='1'] a.show-route"));
        assertThat(String.join(" ", page.drawnNodes())).isEqualTo(expected.get(1));
        assertThat(page.location()).isEqualTo("/?pathFrom=lala&pathTo=zeita&path=1");
        Browser.screenshot("paths-lala-zeita");

        page.open("/?pathFrom=me&pathTo=meishiya");
        assertThat(page.text("#paths-results .summary")).as("a card exchange carries no path").contains("6");
        assertThat(page.visible("graph-section")).isFalse();
        page.assertNoConsoleErrors();
    }

    @Test
    void clickingAPersonShowsTheirTiesWithNamesAndBackReturns() {
        page.open("/?q=" + TestApi.encode(DESIGNER) + "&from=me");
        page.click(By.cssSelector("#intermediary-list > li[data-person='lala'] > .row-head a.person"));

        assertThat(page.location()).isEqualTo("/?q=" + DESIGNER + "&from=me&person=lala");
        assertThat(page.focused().getDomAttribute("id")).isEqualTo("person-heading");
        assertThat(page.text("#person-heading")).isEqualTo("歌川 ララ (Lala Utagawa)");
        Set<String> others = new TreeSet<>();
        TestApi.get("/api/people/lala/ties?limit=100").json().get("items")
                .forEach(t -> others.add(t.get("from").asText().equals("lala") ? t.get("to").asText() : t.get("from").asText()));
        assertThat(new TreeSet<>(page.attributes("#ties-list > li", "data-person"))).isEqualTo(others);
        assertThat(page.text("#ties-list > li[data-person='kanade'] a.person")).isEqualTo("色部 かなで (Kanade Irobe)");
        assertThat(page.text("#ties-list > li[data-person='kanade']")).contains("仕事仲間", "Kanade designs the Moon Pocket flyers.");
        assertThat(page.attributes("#ties-list > li[data-person='me']", "data-type")).contains("KNOWS", "TRUSTS", "FAN_OF");
        assertThat(page.drawnNodes()).as("the answer beside the panel is untouched").containsExactly("me", "nobiru", "penny");
        Browser.screenshot("person-lala");

        page.click(By.cssSelector("#ties-list > li[data-person='kanade'] a.person"));
        assertThat(page.text("#person-heading")).isEqualTo("色部 かなで (Kanade Irobe)");
        page.driver.navigate().back();
        page.waitForText("#person-heading", "歌川 ララ (Lala Utagawa)");
        assertThat(page.location()).isEqualTo("/?q=" + DESIGNER + "&from=me&person=lala");

        page.click(By.cssSelector("#person-panel a[href^='/?pathFrom=']"));
        assertThat(page.location()).isEqualTo("/?pathFrom=me&pathTo=lala");
        assertThat(page.drawnNodes()).containsExactly("me", "lala");
        page.assertNoConsoleErrors();
    }
}
