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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** 脳内検索 in a real browser against the demo network: the lists, the drawn route, a shared link, a phone. */
@BrowserTest
class SearchPageTest {
    private Page page;

    @BeforeEach
    void demoAndACleanBrowser() {
        new DemoNetwork(TestNeo4j.graph(), new CypherFiles()).loadIfEmpty();
        page = new Page().reset();
    }

    @Test
    void searchingDesignersFromMeListsWhomToAskAndDrawsTheChosenRoute() {
        page.open("/").signIn(TestApi.TOKEN);
        page.pick("me-filter", "from", "Hibiki", "me").submit("q", DESIGNER);

        JsonNode answer = TestApi.get("/api/intermediaries?from=me&kind=" + TestApi.encode(DESIGNER)
                + "&limit=20&targetsLimit=5&lang=ja").json();
        assertThat(page.location()).isEqualTo("/?q=" + DESIGNER + "&from=me");
        assertThat(page.attributes("#intermediary-list > li", "data-person"))
                .as("whom to ask, in the finder's order").isEqualTo(ids(answer.get("intermediaries")))
                .startsWith("nobiru", "lala");
        assertThat(page.driver.findElements(By.id("direct-list"))).as("no designer is a direct contact").isEmpty();
        assertThat(page.attributes("li[data-person='lala'] .target", "data-target")).containsExactly("kanade", "penny");

        JsonNode best = answer.at("/intermediaries/0/targets/0");
        assertThat(page.drawnNodes()).as("the first route listed is drawn").isEqualTo(ids(best.get("path")))
                .containsExactly("me", "nobiru", "penny");
        assertThat(page.weakestDrawn()).isEqualTo("me nobiru");
        assertThat(page.text("li[data-person='nobiru'] li[data-target='penny'] .route .weakest"))
                .as("the weakest link is marked in the list too").contains("いちばん弱いつながり");
        assertThat(page.text("li[data-person='lala'] li[data-target='kanade'] .why"))
                .isEqualTo(answer.at("/intermediaries/1/targets/0/why").asText()).contains("さん");
        page.driver.findElement(By.cssSelector("li[data-person='lala'] li[data-target='kanade'] .ask-intro")).click();
        page.waitForTextContaining("li[data-person='lala'] li[data-target='kanade'] .ask-status", "お願いしました");
        JsonNode asked = TestApi.get("/api/introductions?person=me").json().get("items");
        assertThat(asked).as("the button starts a light introduction through lala").hasSize(1);
        assertThat(asked.get(0).get("via").get("id").asText()).isEqualTo("lala");
        assertThat(asked.get(0).get("target").get("id").asText()).isEqualTo("kanade");
        assertThat(asked.get(0).get("status").asText()).isEqualTo("proposed");
        assertThat(page.attributes("#all-matches li", "data-person")).as("everyone who matches, nearest first")
                .containsSubsequence("kanade", "meishiya").contains("penny", "amino");
        assertThat(page.driver.findElement(By.cssSelector("#all-matches li[data-person='meishiya']")).getDomProperty("textContent"))
                .as("a card exchange reaches nobody").contains("使えるつながりでは届きません");

        page.click(By.cssSelector("li[data-person='lala'] li[data-target='kanade'] a.show-route"));
        assertThat(page.drawnNodes()).containsExactly("me", "lala", "kanade");
        assertThat(page.weakestDrawn()).isEqualTo("lala kanade");
        assertThat(page.location()).isEqualTo("/?q=" + DESIGNER + "&from=me&via=lala&target=kanade");
        assertThat(page.focused().getDomAttribute("data-focus-key")).as("focus stays on the chosen route").isEqualTo("via:lala:kanade");
        Browser.screenshot("search-designers-ja");
        page.assertNoConsoleErrors();
    }

    @Test
    void aSharedLinkReopensTheSameAnswerEvenBeforeSigningIn() {
        String shared = "/?q=" + TestApi.encode(DESIGNER) + "&from=me&via=lala&target=kanade";
        page.open("/").signIn(TestApi.TOKEN);
        page.open(shared);
        List<String> listed = page.attributes("#intermediary-list > li", "data-person");
        assertThat(listed).startsWith("nobiru", "lala");
        assertThat(page.drawnNodes()).containsExactly("me", "lala", "kanade");
        assertThat(page.attributes("a.show-route[aria-current='true']", "data-focus-key")).containsExactly("via:lala:kanade");

        page.js("sessionStorage.clear();");
        page.open(shared);
        assertThat(page.state()).isEqualTo("signin");
        assertThat(page.visible("app")).isFalse();
        assertThat(page.focused().getDomAttribute("id")).as("the token field takes the keyboard").isEqualTo("token");

        page.signIn(TestApi.TOKEN);
        assertThat(page.location()).isEqualTo("/?q=" + DESIGNER + "&from=me&via=lala&target=kanade");
        assertThat(page.attributes("#intermediary-list > li", "data-person")).isEqualTo(listed);
        assertThat(page.drawnNodes()).containsExactly("me", "lala", "kanade");
        assertThat(page.focused().getDomAttribute("id")).isEqualTo("search-heading");
        page.assertNoConsoleErrors();
    }

    @Test
    void onA375PixelWideScreenEverythingFitsAndWorksFromTheKeyboard() {
        page.screen(375, 812, true).open("/");
        assertThat(page.js("return window.innerWidth;")).isEqualTo(375L);
        assertThat(page.focused().getDomAttribute("id")).isEqualTo("token");
        page.act(() -> page.focused().sendKeys(TestApi.TOKEN, Keys.ENTER));
        assertThat(page.focused().getDomAttribute("id")).as("after signing in, the search box").isEqualTo("q");
        page.act(() -> page.focused().sendKeys(DESIGNER, Keys.ENTER));

        assertThat(page.focused().getDomAttribute("id")).as("the answer takes the focus").isEqualTo("search-heading");
        assertThat(page.drawnNodes()).containsExactly("me", "nobiru", "penny");
        assertThat(page.js("return document.documentElement.scrollWidth;")).as("no sideways scrolling").isEqualTo(375L);
        assertThat(page.js("return [...document.querySelectorAll('input, select')].filter(e => e.labels.length === 0).map(e => e.id);"))
                .as("form controls without a label").asList().isEmpty();
        Browser.screenshot("search-designers-375px");

        page.focused().sendKeys(Keys.TAB);
        assertThat(page.focused().getDomAttribute("data-person")).as("Tab leads to the first person to ask").isEqualTo("nobiru");
        page.act(() -> page.focused().sendKeys(Keys.ENTER));
        assertThat(page.focused().getDomAttribute("id")).isEqualTo("person-heading");
        assertThat(page.attributes("#ties-list > li", "data-person")).contains("me", "penny", "shinichi");
        assertThat(page.js("return document.documentElement.scrollWidth;")).isEqualTo(375L);
        Browser.screenshot("person-nobiru-375px");

        page.submit("me-filter", "Lala");
        assertThat(page.location()).as("Enter right after a name searches as that person")
                .isEqualTo("/?q=" + DESIGNER + "&from=lala");
        assertThat(page.driver.findElements(By.cssSelector("#direct-list > li[data-person='kanade']"))).hasSize(1);
        assertThat(page.drawnNodes()).as("a direct contact comes first, and is drawn").containsExactly("lala", "kanade");
        assertThat(page.driver.findElements(By.cssSelector("#direct-list .ask-intro"))).as("nobody to ask for a direct contact").isEmpty();
        page.assertNoConsoleErrors();
    }

    static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(item -> ids.add(item.has("person") ? item.get("person").get("id").asText() : item.get("id").asText()));
        return ids;
    }
}
