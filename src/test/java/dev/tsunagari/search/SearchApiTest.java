package dev.tsunagari.search;

import static dev.tsunagari.support.TestApi.encode;
import static dev.tsunagari.support.TestApi.get;
import static dev.tsunagari.support.TestApi.put;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

@Neo4jTest
class SearchApiTest {

    @Test
    void japaneseKindsAreFoundInsideLongerWordsButNotAcrossWords() {
        person("ken", "{\"name\": \"佐藤 健\", \"headline\": \"グラフィックデザイナー\"}");
        person("yui", "{\"name\": \"Yui\", \"notes\": \"朝早く起きるのが得意。営業職\"}");
        person("sho", "{\"name\": \"Sho\", \"tags\": [\"起業\"]}");
        assertThat(ids(search("デザイナー"))).containsExactly("ken");
        assertThat(ids(search("起業"))).containsExactly("sho");
        assertThat(ids(search("ﾃﾞｻﾞｲﾅｰ"))).as("half-width katakana").containsExactly("ken");
    }

    @Test
    void englishWordsMatchAsPrefixesAndInFullWidth() {
        person("ava", "{\"name\": \"Ava Stone\", \"role\": \"Designer\"}");
        person("ben", "{\"name\": \"Ben Ito\", \"offers\": [\"bookkeeping for small shops\"]}");
        assertThat(ids(search("design"))).containsExactly("ava");
        assertThat(ids(search("ｄｅｓｉｇｎｅｒ"))).as("full-width Latin").containsExactly("ava");
        assertThat(ids(search("bookkeeping shops"))).containsExactly("ben");
    }

    @Test
    void nearestComeFirstWithWhomToAskThenTheUnreachable() {
        people("me", "kai", "rin", "sou");
        person("t1", "{\"name\": \"Aoi\", \"tags\": [\"ライブハウス\"]}");
        person("t2", "{\"name\": \"Daichi\", \"tags\": [\"ライブハウス\"]}");
        person("t3", "{\"name\": \"Emi\", \"tags\": [\"ライブハウス\"]}");
        person("t4", "{\"name\": \"Fumi\", \"tags\": [\"ライブハウス\"]}");
        tie("me", "t1", "KNOWS", 0.5, "met");
        tie("me", "kai", "KNOWS", 0.8, "friend");
        tie("kai", "t2", "KNOWS", 0.8, "friend");
        tie("kai", "rin", "KNOWS", 0.8, "friend");
        tie("rin", "t3", "KNOWS", 0.8, "friend");
        tie("sou", "t4", "KNOWS", 0.8, "friend");
        JsonNode items = search("ライブハウス", "&from=me&maxDistance=3").get("items");
        assertThat(ids(items)).containsExactly("t1", "t2", "t3", "t4");
        assertThat(distances(items)).containsExactly("1", "2", "3", "null");
        assertThat(items.get(0).get("via").get("id").asText()).as("a direct contact is their own first hop")
                .isEqualTo("t1");
        assertThat(items.get(1).get("via").get("id").asText()).isEqualTo("kai");
        assertThat(items.get(1).get("via").get("name").asText()).isEqualTo("Person kai");
        assertThat(items.get(2).get("via").get("id").asText()).isEqualTo("kai");
        assertThat(items.get(3).get("via").isNull()).isTrue();
        assertThat(items.get(0).get("person").get("tags").get(0).asText()).isEqualTo("ライブハウス");

        JsonNode near = search("ライブハウス", "&from=me").get("items");
        assertThat(distances(near)).as("beyond the default maxDistance 2 the distance is unknown")
                .containsExactly("1", "2", "null", "null");
    }

    @Test
    void fromIsNeverAResult() {
        person("me", "{\"name\": \"Mika\", \"tags\": [\"singer\"]}");
        person("aki", "{\"name\": \"Aki\", \"tags\": [\"singer\"]}");
        assertThat(ids(search("singer", "&from=me").get("items"))).containsExactly("aki");
        assertThat(ids(search("singer").get("items"))).containsExactlyInAnyOrder("me", "aki");
    }

    @Test
    void withoutFromEveryDistanceIsUnknownAndTheBestMatchLeads() {
        person("a", "{\"name\": \"Kaito\", \"tags\": [\"percussion\"]}");
        person("b", "{\"name\": \"Mei\", \"headline\": \"percussion teacher\", \"tags\": [\"percussion\"], "
                + "\"offers\": [\"percussion lessons\"]}");
        JsonNode items = search("percussion").get("items");
        assertThat(ids(items)).containsExactly("b", "a");
        assertThat(distances(items)).containsExactly("null", "null");
        assertThat(items.get(0).get("relevance").asDouble()).isEqualTo(1.0);
        assertThat(items.get(1).get("relevance").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void viaIsTheFirstHopOfTheStrongestShortestPath() {
        people("me", "weak", "strong");
        person("t", "{\"name\": \"Tomo\", \"tags\": [\"団地\"]}");
        tie("me", "weak", "KNOWS", 0.2, "online");
        tie("me", "strong", "KNOWS", 0.9, "friend");
        tie("weak", "t", "KNOWS", 0.9, "friend");
        tie("strong", "t", "KNOWS", 0.1, "online");
        JsonNode hit = search("団地", "&from=me").get("items").get(0);
        assertThat(hit.get("distance").asInt()).isEqualTo(2);
        assertThat(hit.get("via").get("id").asText()).isEqualTo("strong");
    }

    @Test
    void distancesFollowOnlyUsableHops() {
        people("me", "card", "fan");
        person("t", "{\"name\": \"Tomo\", \"tags\": [\"organizer\"]}");
        tie("me", "card", "KNOWS", 0.9, "card-exchange");
        tie("card", "t", "KNOWS", 0.9, "friend");
        tie("me", "fan", "KNOWS", 0.3, "friend");
        tie("fan", "t", "FAN_OF", 1.0, null);
        tie("t", "fan", "TRUSTS", 0.3, "met");
        assertThat(search("organizer", "&from=me").get("items").get(0).get("via").get("id").asText()).isEqualTo("fan");
        JsonNode strong = search("organizer", "&from=me&minStrength=0.5").get("items").get(0);
        assertThat(strong.get("distance").isNull()).isTrue();
        JsonNode weak = search("organizer", "&from=me&minStrength=0.5&includeWeak=true").get("items").get(0);
        assertThat(weak.get("distance").asInt()).isEqualTo(2);
        assertThat(weak.get("via").get("id").asText()).isEqualTo("card");
    }

    @Test
    void theCursorPagesThroughEveryMatchOnceInOrder() {
        people("me", "hub");
        tie("me", "hub", "KNOWS", 0.8, "friend");
        for (int i = 0; i < 7; i++) {
            person("c" + i, "{\"name\": \"Cook " + i + "\", \"tags\": [\"料理人\"]}");
            if (i % 2 == 0) {
                tie("hub", "c" + i, "KNOWS", 0.8, "friend");
            }
        }
        List<String> seen = new ArrayList<>();
        List<String> distances = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = search("料理人", "&from=me&limit=3" + (cursor == null ? "" : "&cursor=" + cursor));
            seen.addAll(ids(page.get("items")));
            distances.addAll(distances(page.get("items")));
            cursor = page.get("next").isNull() ? null : page.get("next").asText();
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactly("c0", "c2", "c4", "c6", "c1", "c3", "c5");
        assertThat(distances).containsExactly("2", "2", "2", "2", "null", "null", "null");
    }

    @Test
    void badQueriesAreProblemsNamingTheFieldAndChangeNothing() {
        people("me");
        List<String> before = TestNeo4j.snapshot();
        assertField("/api/search", "q");
        assertField("/api/search?q=" + encode("!!! ..."), "q");
        assertField("/api/search?q=" + "x".repeat(201), "q");
        assertField("/api/search?q=a&from=b%20c", "from");
        assertField("/api/search?q=a&from=me&maxDistance=4", "maxDistance");
        assertField("/api/search?q=a&from=me&maxDistance=0", "maxDistance");
        assertField("/api/search?q=a&limit=1001", "limit");
        assertField("/api/search?q=a&cursor=bm90LWEtY3Vyc29y", "cursor");
        assertField("/api/search?q=a&minStrength=-1", "minStrength");
        assertThat(TestNeo4j.snapshot()).isEqualTo(before);
        TestApi.Response unknown = get("/api/search?q=a&from=nobody");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asText()).contains("nobody");
    }

    private static void assertField(String path, String field) {
        TestApi.Response r = get(path);
        assertThat(r.status()).as(path).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("errors").get(0).get("field").asText()).as(path).isEqualTo(field);
    }

    private static JsonNode search(String q) {
        return search(q, "");
    }

    private static JsonNode search(String q, String rest) {
        TestApi.Response r = get("/api/search?q=" + encode(q) + rest);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.json();
    }

    private static List<String> ids(JsonNode page) {
        JsonNode items = page.has("items") ? page.get("items") : page;
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get("person").get("id").asText()));
        return ids;
    }

    private static List<String> distances(JsonNode items) {
        List<String> distances = new ArrayList<>();
        items.forEach(item -> distances.add(item.get("distance").isNull() ? "null" : item.get("distance").asText()));
        return distances;
    }

    private static void person(String id, String json) {
        TestApi.Response r = put("/api/people/" + id, json);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
    }

    private static void people(String... ids) {
        for (String id : ids) {
            person(id, "{\"name\": \"Person " + id + "\"}");
        }
    }

    private static void tie(String from, String to, String type, double strength, String context) {
        String body = String.format(Locale.ROOT,
                "{\"from\": \"%s\", \"to\": \"%s\", \"type\": \"%s\", \"strength\": %s%s}", from, to, type, strength, context == null ? "" : ", \"context\": \"" + context + "\"");
        TestApi.Response r = put("/api/ties", body);
        assertThat(r.status()).as(r.text()).isIn(200, 201);
    }
}
