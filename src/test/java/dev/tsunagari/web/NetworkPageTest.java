package dev.tsunagari.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.demo.DemoNetwork;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.support.BrowserTest;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** My network drawn: the demo's ego network of me, two hops at most, FAN_OF as arrows, a kind highlighted. */
@BrowserTest
class NetworkPageTest {
    private Page page;

    @BeforeEach
    void demoAndACleanBrowser() {
        new DemoNetwork(TestNeo4j.graph(), new CypherFiles()).loadIfEmpty();
        page = new Page().reset();
    }

    @Test
    void theNetworkPictureDrawsTheDemosEgoNetworkOfMe() {
        page.open("/").signIn(TestApi.TOKEN);
        page.open("/?view=network&from=me");

        Set<String> first = others("me");
        Set<String> expected = new HashSet<>(first);
        expected.add("me");
        for (String friend : first) {
            expected.addAll(others(friend));
        }
        assertThat(drawn("data-nodes")).as("me, my ties and theirs").containsExactlyInAnyOrderElementsOf(expected)
                .contains("lala", "kanade", "meishiya");
        assertThat(drawn("data-fans")).as("FAN_OF ties are arrows").contains("lala>me");
        assertThat(page.js("return document.getElementById('network').getAttribute('aria-label');").toString()).contains("竹音 響");
        page.assertAccessible();
        page.screenshot("network");

        page.open("/?view=network&from=me&kind=" + TestApi.encode("税理士"));
        assertThat(drawn("data-highlighted")).containsExactlyInAnyOrder("zeita", "masaru");
        assertThat(page.text("#network-hits")).contains("2 人");
        page.screenshot("network-kind");
        page.assertNoConsoleErrors();
    }

    @Test
    void onA375PixelScreenThePictureFitsAndItsPeopleAreListed() {
        page.screen(375, 812, true).open("/").signIn(TestApi.TOKEN);
        page.open("/?view=network&from=me");
        assertThat(page.js("return document.documentElement.scrollWidth;")).isEqualTo(375L);
        assertThat(page.attributes("#network-list li", "data-person")).contains("lala", "matome");
        page.assertAccessible();
        page.screenshot("network-375px");
    }

    @Test
    void aNetworkOf500PeopleIsCutAndBundledAndTheCaptionSaysSo() {
        TestApi.put("/api/people/hub", "{\"name\": \"輪の中心 (Hub)\"}");
        for (int f = 0; f < 50; f++) {
            String friend = String.format("f%02d", f);
            TestApi.put("/api/people/" + friend, "{\"name\": \"友 " + f + "\"}");
            tie("hub", friend, 0.3 + f / 100.0);
            for (int s = 0; s < 9; s++) {
                String theirs = friend + "-" + s;
                TestApi.put("/api/people/" + theirs, "{\"name\": \"知 " + f + "-" + s + "\"}");
                tie(friend, theirs, 0.5);
            }
        }
        page.open("/").signIn(TestApi.TOKEN);
        page.open("/?view=network&from=hub");

        List<String> nodes = drawn("data-nodes");
        assertThat(nodes).as("at most me, 40 friends and 160 of theirs").hasSize(1 + 40 + 160)
                .contains("f49", "f10").doesNotContain("f09", "f00");
        assertThat(page.text("#network-caption")).contains("411 人のうち 201 人を表示", "まとめています");
        assertThat(drawn("data-bundles")).isNotEmpty();
        page.screenshot("network-500");
        page.assertNoConsoleErrors();
    }

    private static void tie(String from, String to, double strength) {
        TestApi.put("/api/ties", "{\"from\": \"" + from + "\", \"to\": \"" + to + "\", \"type\": \"KNOWS\", \"strength\": "
                + strength + ", \"context\": \"met\"}");
    }

    private List<String> drawn(String attribute) {
        String value = page.driver.findElement(org.openqa.selenium.By.id("network")).getDomAttribute(attribute);
        return value == null || value.isBlank() ? List.of() : Arrays.asList(value.split(" "));
    }

    private static Set<String> others(String id) {
        Set<String> others = new HashSet<>();
        JsonNode ties = TestApi.get("/api/people/" + id + "/ties?limit=1000").json().get("items");
        ties.forEach(t -> others.add(t.get("from").asText().equals(id) ? t.get("to").asText() : t.get("from").asText()));
        return others;
    }
}
