package dev.tsunagari.paths;

import static dev.tsunagari.support.TestApi.get;
import static dev.tsunagari.support.TestApi.put;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

@Neo4jTest
class PathsApiTest {

    @Test
    void cardExchangeTiesCarryAPathOnlyWithIncludeWeak() {
        people("me", "kai", "rin");
        tie("me", "kai", "KNOWS", 0.9, "friend");
        tie("kai", "rin", "KNOWS", 0.9, "card-exchange");
        assertThat(length("/api/paths?from=me&to=rin")).isEqualTo(-1);
        assertThat(length("/api/paths?from=me&to=rin&includeWeak=true")).isEqualTo(2);
    }

    @Test
    void minStrengthDropsWeakerTies() {
        people("me", "kai", "rin", "sou");
        tie("me", "kai", "KNOWS", 0.3, "friend");
        tie("kai", "rin", "KNOWS", 0.9, "friend");
        tie("me", "sou", "KNOWS", 0.8, "met");
        tie("sou", "kai", "KNOWS", 0.8, "met");
        assertThat(ids(get("/api/paths?from=me&to=rin").json(), 0)).containsExactly("me", "kai", "rin");
        JsonNode strong = get("/api/paths?from=me&to=rin&minStrength=0.5").json();
        assertThat(strong.get("length").asInt()).isEqualTo(3);
        assertThat(ids(strong, 0)).containsExactly("me", "sou", "kai", "rin");
        assertThat(length("/api/paths?from=me&to=rin&minStrength=0.95")).isEqualTo(-1);
    }

    @Test
    void fanOfAloneIsNoHop() {
        people("me", "fan", "idol");
        tie("me", "fan", "KNOWS", 0.9, "friend");
        tie("fan", "idol", "FAN_OF", 1.0, null);
        assertThat(length("/api/paths?from=me&to=idol")).isEqualTo(-1);
        assertThat(length("/api/paths?from=idol&to=me")).isEqualTo(-1);
    }

    @Test
    void trustsCountsInEitherDirection() {
        people("me", "mentor", "rin");
        tie("mentor", "me", "TRUSTS", 0.7, "worked-together");
        tie("rin", "mentor", "TRUSTS", 0.7, "worked-together");
        JsonNode answer = get("/api/paths?from=me&to=rin").json();
        assertThat(answer.get("length").asInt()).isEqualTo(2);
        JsonNode first = answer.get("paths").get(0).get("links").get(0);
        assertThat(first.get("type").asText()).isEqualTo("TRUSTS");
        assertThat(first.get("from").asText()).as("the link keeps its stored direction").isEqualTo("mentor");
        assertThat(length("/api/paths?from=rin&to=me")).isEqualTo(2);
    }

    @Test
    void parallelTiesCountOnceWithTheStrongest() {
        people("me", "kai");
        tie("me", "kai", "KNOWS", 0.2, "online");
        tie("kai", "me", "TRUSTS", 0.9, "friend");
        tie("me", "kai", "TRUSTS", 0.4, "met");
        JsonNode answer = get("/api/paths?from=me&to=kai&limit=10").json();
        assertThat(answer.get("paths")).hasSize(1);
        JsonNode link = answer.get("paths").get(0).get("links").get(0);
        assertThat(link.get("type").asText()).isEqualTo("TRUSTS");
        assertThat(link.get("from").asText()).isEqualTo("kai");
        assertThat(link.get("strength").asDouble()).isEqualTo(0.9);
    }

    @Test
    void shortestPathsComeBestScoreFirstUpToTheLimitAndEqualScoresByIds() {
        people("me", "a", "b", "c", "d", "goal");
        for (String middle : List.of("a", "b", "c", "d")) {
            double strength = middle.equals("b") ? 0.9 : middle.equals("c") ? 0.3 : 0.6;
            tie("me", middle, "KNOWS", strength, "friend");
            tie(middle, "goal", "KNOWS", strength, "friend");
        }
        tie("me", "goal", "FAN_OF", 1.0, null);
        JsonNode answer = get("/api/paths?from=me&to=goal&limit=3").json();
        assertThat(answer.get("length").asInt()).isEqualTo(2);
        assertThat(answer.get("paths")).hasSize(3);
        assertThat(ids(answer, 0)).containsExactly("me", "b", "goal");
        assertThat(ids(answer, 1)).containsExactly("me", "a", "goal");
        assertThat(ids(answer, 2)).containsExactly("me", "d", "goal");
        JsonNode best = answer.get("paths").get(0);
        double product = best.get("links").get(0).get("score").asDouble()
                * best.get("links").get(1).get("score").asDouble();
        assertThat(best.get("score").asDouble()).isCloseTo(product, org.assertj.core.data.Offset.offset(0.002));
    }

    @Test
    void theLastHopGainsTheFanBonusWhenTheTargetIsAFan() {
        people("me", "a", "b", "goal");
        String today = LocalDate.now().toString();
        for (String middle : List.of("a", "b")) {
            put("/api/ties", String.format(Locale.ROOT, "{\"from\": \"me\", \"to\": \"%s\", \"type\": \"KNOWS\", "
                    + "\"strength\": 0.5, \"context\": \"friend\", \"lastContact\": \"%s\"}", middle, today));
            put("/api/ties", String.format(Locale.ROOT, "{\"from\": \"%s\", \"to\": \"goal\", \"type\": \"KNOWS\", "
                    + "\"strength\": 0.5, \"context\": \"friend\", \"lastContact\": \"%s\"}", middle, today));
        }
        tie("goal", "b", "FAN_OF", 0.5, null);
        JsonNode answer = get("/api/paths?from=me&to=goal").json();
        assertThat(ids(answer, 0)).containsExactly("me", "b", "goal");
        assertThat(answer.get("paths").get(0).get("links").get(1).get("score").asDouble()).isEqualTo(0.6);
        assertThat(answer.get("paths").get(1).get("links").get(1).get("score").asDouble()).isEqualTo(0.5);
        assertThat(answer.get("paths").get(0).get("score").asDouble()).isEqualTo(0.3);
    }

    @Test
    void thePersonWithThemselfIsLengthZero() {
        people("me");
        JsonNode answer = get("/api/paths?from=me&to=me").json();
        assertThat(answer.get("length").asInt()).isEqualTo(0);
        assertThat(ids(answer, 0)).containsExactly("me");
        assertThat(answer.get("paths").get(0).get("score").asDouble()).isEqualTo(1.0);
    }

    @Test
    void aPathLongerThanMaxLengthIsMinusOne() {
        people("p0", "p1", "p2", "p3", "p4");
        for (int i = 0; i < 4; i++) {
            tie("p" + i, "p" + (i + 1), "KNOWS", 0.5, "met");
        }
        assertThat(length("/api/paths?from=p0&to=p4&maxLength=3")).isEqualTo(-1);
        assertThat(length("/api/paths?from=p0&to=p4&maxLength=4")).isEqualTo(4);
        assertThat(length("/api/paths?from=p4&to=p0")).isEqualTo(4);
        assertThat(length("/api/paths?from=p0&to=p1&maxLength=1")).isEqualTo(1);
    }

    @Test
    void japaneseNamesComeBackOnThePath() {
        put("/api/people/taro", "{\"name\": \"山田 太郎\"}");
        put("/api/people/hana", "{\"name\": \"佐藤 花子\"}");
        put("/api/people/mika", "{\"name\": \"Mika Ito\"}");
        tie("taro", "hana", "KNOWS", 0.8, "friend");
        tie("hana", "mika", "KNOWS", 0.8, "worked-together");
        JsonNode nodes = get("/api/paths?from=taro&to=mika").json().get("paths").get(0).get("nodes");
        assertThat(nodes.get(0).get("name").asText()).isEqualTo("山田 太郎");
        assertThat(nodes.get(1).get("name").asText()).isEqualTo("佐藤 花子");
    }

    @Test
    void unknownPeopleAreNotFound() {
        people("me");
        TestApi.Response r = get("/api/paths?from=me&to=nobody");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asText()).contains("to").contains("nobody");
        assertThat(get("/api/paths?from=nobody&to=me").status()).isEqualTo(404);
    }

    @Test
    void badParametersAreProblemsNamingTheFieldAndChangeNothing() {
        people("me", "kai");
        tie("me", "kai", "KNOWS", 0.5, "met");
        List<String> before = TestNeo4j.snapshot();
        assertField("/api/paths?to=kai", "from");
        assertField("/api/paths?from=me", "to");
        assertField("/api/paths?from=me&to=k%20ai", "to");
        assertField("/api/paths?from=me&to=kai&maxLength=0", "maxLength");
        assertField("/api/paths?from=me&to=kai&maxLength=11", "maxLength");
        assertField("/api/paths?from=me&to=kai&maxLength=two", "maxLength");
        assertField("/api/paths?from=me&to=kai&limit=0", "limit");
        assertField("/api/paths?from=me&to=kai&limit=101", "limit");
        assertField("/api/paths?from=me&to=kai&minStrength=1.5", "minStrength");
        assertField("/api/paths?from=me&to=kai&includeWeak=maybe", "includeWeak");
        assertField("/api/paths?from=me&from=kai&to=kai", "from");
        assertThat(TestNeo4j.snapshot()).isEqualTo(before);
    }

    private static void assertField(String path, String field) {
        TestApi.Response r = get(path);
        assertThat(r.status()).as(path).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("errors").get(0).get("field").asText()).as(path).isEqualTo(field);
    }

    private static int length(String path) {
        TestApi.Response r = get(path);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.json().get("length").asInt();
    }

    private static List<String> ids(JsonNode answer, int path) {
        List<String> ids = new ArrayList<>();
        answer.get("paths").get(path).get("nodes").forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }

    static void people(String... ids) {
        for (String id : ids) {
            assertThat(put("/api/people/" + id, "{\"name\": \"Person " + id + "\"}").status()).isEqualTo(201);
        }
    }

    static void tie(String from, String to, String type, double strength, String context) {
        String body = String.format(Locale.ROOT,
                "{\"from\": \"%s\", \"to\": \"%s\", \"type\": \"%s\", \"strength\": %s%s}", from, to, type, strength, context == null ? "" : ", \"context\": \"" + context + "\"");
        TestApi.Response r = put("/api/ties", body);
        assertThat(r.status()).as(r.text()).isIn(200, 201);
    }
}
