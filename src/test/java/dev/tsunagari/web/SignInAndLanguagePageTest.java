package dev.tsunagari.web;

import static dev.tsunagari.web.Page.DESIGNER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.demo.DemoNetwork;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.support.Browser;
import dev.tsunagari.support.BrowserTest;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The two languages, the token sign-in and problem documents as messages, in a real browser. */
@BrowserTest
class SignInAndLanguagePageTest {
    private static final String SEARCH = "/?q=" + TestApi.encode(DESIGNER) + "&from=me";
    private Page page;

    @BeforeEach
    void demoAndACleanBrowser() {
        new DemoNetwork(TestNeo4j.graph(), new CypherFiles()).loadIfEmpty();
        page = new Page().reset();
    }

    @Test
    void japaneseWhenTheBrowserPrefersItAndTheSwitchTurnsPageAndExplanationsEnglish() {
        page.open("/").signIn(TestApi.TOKEN);
        page.open(SEARCH);
        assertThat(page.js("return document.documentElement.lang;")).isEqualTo("ja");
        assertThat(page.text("#ask-heading")).isEqualTo("誰が紹介してくれそう？");
        assertThat(page.text("li[data-target='penny'] .why")).startsWith("育田 のびる (Nobiru Ikuta)さんとは");
        Browser.screenshot("search-designers-ja-desktop");

        page.click(By.id("lang-switch"));
        assertThat(page.js("return document.documentElement.lang;")).isEqualTo("en");
        assertThat(page.text("#ask-heading")).isEqualTo("Who could introduce me?");
        assertThat(page.text("#search-heading")).isEqualTo("Who could introduce you to “" + DESIGNER + "”");
        assertThat(page.text("li[data-target='penny'] .why")).as("the explanation is asked for again, in English")
                .startsWith("you have known 育田 のびる (Nobiru Ikuta) for");
        assertThat(page.drawnNodes()).containsExactly("me", "nobiru", "penny");
        page.screen(1280, 1360, false).open(SEARCH);
        assertThat(page.text("#lang-switch")).as("the choice is remembered").isEqualTo("日本語");
        assertThat(page.text("#ask-heading")).isEqualTo("Who could introduce me?");
        Browser.screenshot("search-designers-en");

        page.open(SEARCH + "&lang=ja");
        assertThat(page.text("#ask-heading")).as("a link may fix the language").isEqualTo("誰が紹介してくれそう？");
        page.assertNoConsoleErrors();
    }

    @Test
    void englishWhenTheBrowserPrefersEnglish() {
        page.preferLanguage("en-GB,en").open("/");
        assertThat(page.js("return navigator.language;")).isEqualTo("en-GB");
        assertThat(page.text("#signin-heading")).isEqualTo("Sign in");
        page.signIn(TestApi.TOKEN).open(SEARCH);
        assertThat(page.text("li[data-target='penny'] .why")).startsWith("you have known");
    }

    @Test
    void problemDocumentsAreShownAsMessagesThatNameTheField() {
        page.open(SEARCH).signIn("not-the-token");
        assertThat(page.state()).isEqualTo("signin");
        assertThat(page.text("#signin-problem")).contains("サインインが必要です", "The bearer token is not valid.");
        assertThat(page.js("return sessionStorage.getItem('tsunagari.token');")).as("a refused token is not kept").isNull();
        Browser.screenshot("problem-wrong-token");

        page.signIn(TestApi.TOKEN);
        assertThat(page.state()).isEqualTo("ready");
        page.submit("q", "デ".repeat(201));
        assertThat(page.state()).isEqualTo("problem");
        assertThat(page.text("#problem")).contains("入力を確認してください");
        assertThat(page.text("#problem li[data-field='kind']")).startsWith("どんな人・キーワード:");
        assertThat(page.driver.findElement(By.id("q")).getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(page.visible("search-results")).isFalse();
        Browser.screenshot("problem-kind-too-long");

        page.open("/?q=" + TestApi.encode(DESIGNER) + "&from=nobody");
        assertThat(page.text("#problem")).contains("見つかりません", "No person with id nobody");

        page.open("/");
        page.driver.findElement(By.id("q")).clear();
        page.driver.findElement(By.id("search-submit")).click();
        assertThat(page.text("#problem li[data-field='q']")).as("an empty search is stopped before asking")
                .contains("どんな人か、キーワードを入力してください");
    }
}
