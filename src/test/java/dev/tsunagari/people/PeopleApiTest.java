package dev.tsunagari.people;

import static dev.tsunagari.support.TestApi.delete;
import static dev.tsunagari.support.TestApi.get;
import static dev.tsunagari.support.TestApi.patch;
import static dev.tsunagari.support.TestApi.post;
import static dev.tsunagari.support.TestApi.put;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@Neo4jTest
class PeopleApiTest {

    @Test
    void putCreatesThenReplacesOnePerson() {
        var first = put("/api/people/aiko", """
                {"name": "田中 愛子", "kana": "たなか あいこ", "tags": ["community-organizer", "団地"]}""");
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("tags")).hasSize(2);
        String createdAt = first.json().get("createdAt").asText();

        var second = put("/api/people/aiko", """
                {"name": "田中 愛子", "headline": "Runs the Sakura estate community"}""");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("createdAt").asText()).isEqualTo(createdAt);
        assertThat(second.json().get("headline").asText()).isEqualTo("Runs the Sakura estate community");
        assertThat(second.json().get("kana")).as("a replace drops fields it leaves out").isNull();
        assertThat(second.json().get("tags")).isEmpty();
        assertThat(get("/api/people?limit=10").json().get("items")).hasSize(1);
    }

    @Test
    void sixteenConcurrentPutsOfOneNewIdGiveOneNode() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            int n = i;
            results.add(pool.submit(() -> put("/api/people/same", "{\"name\": \"Same " + n + "\"}").status()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : results) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(200, 201);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(TestNeo4j.snapshot()).filteredOn(line -> line.startsWith("node same")).hasSize(1);
    }

    @Test
    void postGeneratesAnIdAndPointsToIt() {
        var created = post("/api/people", "{\"name\": \"Kenji Mori\"}");
        assertThat(created.status()).isEqualTo(201);
        String location = created.raw().headers().firstValue("Location").orElseThrow();
        assertThat(get(location).json().get("name").asText()).isEqualTo("Kenji Mori");
    }

    @Test
    void postWithATakenIdIsAConflictAndChangesNothing() {
        put("/api/people/ken", "{\"name\": \"Ken\"}");
        var again = post("/api/people", "{\"id\": \"ken\", \"name\": \"Other\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(get("/api/people/ken").json().get("name").asText()).isEqualTo("Ken");
    }

    @Test
    void patchMergesAndNullRemoves() {
        put("/api/people/mika", "{\"name\": \"Mika\", \"role\": \"singer\", \"location\": \"Koenji\"}");
        var patched = patch("/api/people/mika", "{\"role\": null, \"tags\": [\"ライブハウス\"]}");
        assertThat(patched.status()).isEqualTo(200);
        JsonNode body = patched.json();
        assertThat(body.get("role")).isNull();
        assertThat(body.get("location").asText()).isEqualTo("Koenji");
        assertThat(body.get("tags").get(0).asText()).isEqualTo("ライブハウス");
    }

    @Test
    void deleteRemovesThePersonAndTheirTies() {
        put("/api/people/a", "{\"name\": \"A\"}");
        put("/api/people/b", "{\"name\": \"B\"}");
        put("/api/ties", "{\"from\": \"a\", \"to\": \"b\", \"type\": \"KNOWS\"}");
        assertThat(delete("/api/people/a").status()).isEqualTo(204);
        assertThat(get("/api/people/a").status()).isEqualTo(404);
        assertThat(get("/api/people/b/ties").json().get("items")).isEmpty();
        assertThat(delete("/api/people/a").status()).isEqualTo(404);
    }

    @Test
    void listFindsJapaneseKindsInsideLongerWordsButNotAcrossWords() {
        put("/api/people/ken", "{\"name\": \"佐藤 健\", \"headline\": \"グラフィックデザイナー\"}");
        put("/api/people/yui", "{\"name\": \"Yui\", \"notes\": \"朝早く起きるのが得意。営業職\"}");
        put("/api/people/sho", "{\"name\": \"Sho\", \"tags\": [\"起業\"]}");
        assertThat(ids(get("/api/people?q=" + TestApi.encode("デザイナー")))).containsExactly("ken");
        assertThat(ids(get("/api/people?q=" + TestApi.encode("起業")))).containsExactly("sho");
        assertThat(ids(get("/api/people?q=" + TestApi.encode("ﾃﾞｻﾞｲﾅｰ")))).as("half-width katakana").containsExactly("ken");
    }

    @Test
    void listPagesThroughEveryoneWithACursor() {
        for (int i = 0; i < 5; i++) {
            put("/api/people/p" + i, "{\"name\": \"Person " + i + "\", \"tags\": [\"x\"]}");
        }
        var first = get("/api/people?limit=2&tag=x");
        assertThat(ids(first)).containsExactly("p0", "p1");
        String next = first.json().get("next").asText();
        var second = get("/api/people?limit=2&tag=x&cursor=" + next);
        assertThat(ids(second)).containsExactly("p2", "p3");
        var third = get("/api/people?limit=2&tag=x&cursor=" + second.json().get("next").asText());
        assertThat(ids(third)).containsExactly("p4");
        assertThat(third.json().get("next").isNull()).isTrue();
    }

    @Test
    void patchOfAMissingPersonIs404AndCreatesNobody() {
        var response = patch("/api/people/nobody", "{\"name\": \"Nobody\"}");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(TestNeo4j.snapshot()).isEmpty();
    }

    @Test
    void bodiesAreReadAsJsonWhicheverWayTheJsonMediaTypeIsSpelt() {
        int n = 0;
        for (String type : new String[] {"application/json", "application/json; charset=UTF-8", "APPLICATION/JSON",
                "application/json;charset=\"utf-8\"", "application/merge-patch+json", null}) {
            java.util.Map<String, String> headers = new java.util.HashMap<>();
            headers.put("Authorization", "Bearer " + TestApi.TOKEN);
            if (type != null) {
                headers.put("Content-Type", type);
            }
            byte[] body = ("{\"name\": \"名前 " + n + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            var response = TestApi.exchange("PUT", "/api/people/p" + n++, body, false, headers);
            assertThat(response.status()).as(type + ": " + response.text()).isEqualTo(201);
        }
        var patched = TestApi.exchange("PATCH", "/api/people/p0", "{\"role\": \"singer\"}".getBytes(),
                false, java.util.Map.of("Authorization", "Bearer " + TestApi.TOKEN, "Content-Type", "application/merge-patch+json"));
        assertThat(patched.json().get("role").asText()).isEqualTo("singer");
    }

    @Test
    void aByteOrderMarkBeforeTheJsonIsTolerated() {
        byte[] json = "{\"name\": \"Bom\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] body = new byte[json.length + 3];
        body[0] = (byte) 0xEF;
        body[1] = (byte) 0xBB;
        body[2] = (byte) 0xBF;
        System.arraycopy(json, 0, body, 3, json.length);
        assertThat(TestApi.sendBytes("PUT", "/api/people/bom", body, TestApi.TOKEN).status()).isEqualTo(201);
    }

    static List<String> ids(TestApi.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.json().get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }
}
