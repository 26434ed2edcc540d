package dev.tsunagari.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.demo.DemoNetwork;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.support.BrowserTest;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** Adding someone just met, on a phone: tags suggested from the ones in use, the tie recorded with its context. */
@BrowserTest
class AddSomeonePageTest {
    private Page page;

    @BeforeEach
    void demoAndACleanBrowser() {
        new DemoNetwork(TestNeo4j.graph(), new CypherFiles()).loadIfEmpty();
        page = new Page().reset();
    }

    @Test
    void someoneJustMetIsAddedWithASuggestedTagAndTheTieToThem() {
        page.screen(375, 812, true).open("/").signIn(TestApi.TOKEN);
        page.open("/?view=add&from=me");
        page.driver.findElement(By.id("add-name")).sendKeys("森 さやか");
        page.driver.findElement(By.id("add-headline")).sendKeys("陶芸教室の先生");
        page.driver.findElement(By.id("add-tags")).sendKeys("ceram, 税");
        page.waitForText("#tag-suggestions button", "税理士");
        page.driver.findElement(By.cssSelector("#tag-suggestions button[data-tag='税理士']")).click();
        assertThat(page.driver.findElement(By.id("add-tags")).getDomProperty("value")).isEqualTo("ceram, 税理士, ");
        page.driver.findElement(By.id("add-strength-strong")).click();
        page.assertAccessible();
        page.screenshot("add-someone-375px");
        page.driver.findElement(By.id("add-submit")).click();
        page.waitForTextContaining("#add-result", "追加しました");

        String id = page.attributes("#add-result [data-person]", "data-person").get(0);
        JsonNode person = TestApi.get("/api/people/" + id).json();
        assertThat(person.get("name").asText()).isEqualTo("森 さやか");
        assertThat(person.get("tags")).extracting(JsonNode::asText).containsExactly("ceram", "税理士");
        JsonNode tie = TestApi.get("/api/people/" + id + "/ties").json().at("/items/0");
        assertThat(tie.get("from").asText()).isEqualTo("me");
        assertThat(tie.get("context").asText()).isEqualTo("met");
        assertThat(tie.get("strength").asDouble()).isEqualTo(0.8);
        assertThat(page.js("return document.documentElement.scrollWidth;")).isEqualTo(375L);
        assertThat(page.focused().getDomAttribute("id")).as("ready for the next one").isEqualTo("add-name");
    }

    @Test
    void aCardExchangeIsRecordedAsWhatItIsAndAMissingNameIsNamed() {
        page.open("/").signIn(TestApi.TOKEN);
        page.open("/?view=add&from=me");
        page.driver.findElement(By.id("add-submit")).click();
        page.waitForTextContaining("#problem", "名前");
        assertThat(page.driver.findElement(By.id("add-name")).getDomAttribute("aria-invalid")).isEqualTo("true");

        page.driver.findElement(By.id("add-name")).sendKeys("Card Only");
        new Select(page.driver.findElement(By.id("add-context"))).selectByValue("card-exchange");
        page.driver.findElement(By.id("add-submit")).click();
        page.waitForTextContaining("#add-result", "名刺交換のみ");
        String id = page.attributes("#add-result [data-person]", "data-person").get(0);
        assertThat(TestApi.get("/api/people/" + id + "/ties").json().at("/items/0/context").asText()).isEqualTo("card-exchange");
        page.screenshot("add-someone");
        page.assertNoConsoleErrors();
    }
}
