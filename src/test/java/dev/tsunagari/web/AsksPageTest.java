package dev.tsunagari.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.support.BrowserTest;
import dev.tsunagari.support.TestApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Asks waiting for me, walked by the seed story's people, each signed in with their own token: Haruto asks Mayumi
 * for an introduction to Sachiko from the search, Mayumi agrees from her page, Sachiko answers from hers.
 */
@BrowserTest
class AsksPageTest {
    private static final String ASK = "li[data-person='mayumi'] li[data-target='sachiko'] .ask-intro";
    private Page page;
    private SeedStory story;

    @BeforeEach
    void seedStoryAndACleanBrowser() {
        story = SeedStory.load();
        page = new Page().reset();
    }

    @Test
    void aDeclineByTheOneAskedReachesTheRequesterOnlyAsClosed() {
        page.open("/").signIn(story.haruto().token());
        page.submit("q", "団地");
        assertThat(page.location()).as("a member searches as their own person").isEqualTo("/?q=団地&from=haruto");
        page.driver.findElement(By.cssSelector(ASK)).click();
        page.waitForTextContaining(ASK.replace(".ask-intro", ".ask-status"), "お願いしました");
        page.open("/?view=asks");
        assertThat(page.attributes("#mine > li", "data-status")).containsExactly("proposed");
        assertThat(page.text("#mine > li .state")).contains("紹介者の返事待ち");

        signInAs(story.mayumi().token(), "/?view=asks");
        assertThat(page.text("#asks-badge")).as("the header counts what waits for her").isEqualTo("1");
        assertThat(page.text("#as-via > li")).contains(SeedStory.HARUTO, SeedStory.SACHIKO);
        page.driver.findElement(By.cssSelector("#as-via .messages > summary")).click();
        String toSachiko = (String) page.js("return document.querySelector('#as-via textarea[data-side=target]').value;");
        assertThat(toSachiko).as("a message to copy, from what the graph knows")
                .contains("石田 幸子 さん", "木村 陽翔 さん", "竹の打楽器でくつろぐ会", "面識あり", "団地のコミュニティで演奏する場",
                        "こんな人がいるけど興味ありますか");
        page.assertAccessible();
        page.screenshot("asks-introducer");
        page.click(By.cssSelector("#as-via button.agree"));
        assertThat(page.attributes("#made > li", "data-status")).containsExactly("asked");
        assertThat(page.visible("asks-badge")).isFalse();

        signInAs(story.sachiko().token(), "/?view=asks");
        assertThat(page.text("#as-target > li .wording")).isEqualTo("こんな人がいるけど興味ありますか？（なければはっきり言ってね）");
        assertThat(page.text("#as-target > li")).contains(SeedStory.MAYUMI, SeedStory.HARUTO);
        page.driver.findElement(By.cssSelector("#as-target .decline-box > summary")).click();
        page.driver.findElement(By.cssSelector("#as-target .decline-box input")).sendKeys("今は忙しい時期なので");
        page.assertAccessible();
        page.screenshot("asks-asked");
        page.click(By.cssSelector("#as-target button.decline"));
        assertThat(page.visible("nothing-waiting")).isTrue();
        assertThat(TestApi.get("/api/introductions?person=haruto").json().at("/items/0/status").asText())
                .as("the truth, for the admin").isEqualTo("declined");

        signInAs(story.haruto().token(), "/?view=asks");
        assertThat(page.attributes("#mine > li", "data-status")).containsExactly("closed");
        assertThat(page.text("#mine > li .state")).contains("終了");
        assertNothingSaysDeclined();
        page.click(By.id("lang-switch"));
        assertThat(page.text("#mine > li .state")).contains("closed");
        assertNothingSaysDeclined();
        page.assertNoConsoleErrors();
    }

    @Test
    void anAcceptedIntroductionIsConnectedByTheIntroducerAndItsOutcomeRecordedByTheRequester() {
        JsonNode intro = story.haruto().send("POST", "/api/introductions",
                "{\"requester\": \"haruto\", \"target\": \"sachiko\", \"via\": \"mayumi\", \"mode\": \"light\"}").json();
        String id = intro.get("id").asText();
        story.mayumi().send("POST", "/api/introductions/" + id + "/agree", null);

        page.open("/").signIn(story.sachiko().token());
        page.open("/?view=asks");
        assertThat(page.text("#asks-badge")).isEqualTo("1");
        page.click(By.cssSelector("#as-target button.accept"));
        assertThat(page.text("#status")).contains("承諾");

        signInAs(story.mayumi().token(), "/?view=asks");
        page.driver.findElement(By.cssSelector("#to-connect .messages > summary")).click();
        assertThat((String) page.js("return document.querySelector('#to-connect textarea[data-side=requester]').value;"))
                .contains("木村 陽翔 さん", "石田 幸子 さん", "仕事仲間", "集会所でのイベント");
        page.screenshot("asks-connect");
        page.click(By.cssSelector("#to-connect button.connect"));
        assertThat(page.attributes("#made > li", "data-status")).containsExactly("connected");

        signInAs(story.haruto().token(), "/?view=asks");
        assertThat(page.attributes("#mine > li", "data-status")).containsExactly("connected");
        new Select(page.driver.findElement(By.cssSelector("#mine select"))).selectByValue("met");
        page.click(By.cssSelector("#mine button.record-outcome"));
        assertThat(page.attributes("#mine > li", "data-status")).containsExactly("outcome");
        assertThat(TestApi.get("/api/introductions/" + id).json().get("outcome").asText()).isEqualTo("met");
        assertThat(page.driver.findElements(By.cssSelector("#mine li .muted")).stream().map(e -> e.getText()))
                .contains("会った");
        page.assertAccessible();
        page.assertNoConsoleErrors();
    }

    @Test
    void onA375PixelScreenTheAsksFitWithoutSidewaysScrolling() {
        story.haruto().send("POST", "/api/introductions",
                "{\"requester\": \"haruto\", \"target\": \"sachiko\", \"via\": \"mayumi\", \"mode\": \"light\"}");
        page.screen(375, 812, true).open("/").signIn(story.mayumi().token());
        page.open("/?view=asks");
        assertThat(page.js("return document.documentElement.scrollWidth;")).isEqualTo(375L);
        page.driver.findElement(By.cssSelector("#as-via .messages > summary")).click();
        assertThat(page.js("return document.documentElement.scrollWidth;")).isEqualTo(375L);
        page.assertAccessible();
        page.screenshot("asks-375px");
    }

    private void signInAs(String token, String path) {
        page.click(By.id("sign-out"));
        page.signIn(token);
        page.open(path);
    }

    private void assertNothingSaysDeclined() {
        String everything = (String) page.js("return document.documentElement.outerHTML + document.body.innerText;");
        assertThat(everything).doesNotContainIgnoringCase("declined").doesNotContain("お断り", "今は忙しい時期なので");
    }
}
