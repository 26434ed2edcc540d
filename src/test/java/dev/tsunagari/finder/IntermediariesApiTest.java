package dev.tsunagari.finder;

import dev.tsunagari.tiegraph.Scoring;
import static dev.tsunagari.support.TestApi.get;
import static dev.tsunagari.support.TestApi.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestApi;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@Neo4jTest
class IntermediariesApiTest {
    private static final String RECENT = LocalDate.now().minusDays(10).toString();

    private static void person(String id, String name, String tags) {
        assertThat(put("/api/people/" + id, "{\"name\": \"" + name + "\", \"tags\": [" + tags + "]}").status())
                .isIn(200, 201);
    }

    private static void tie(String from, String type, String to, double strength, String context) {
        String ctx = context == null ? "" : ", \"context\": \"" + context + "\"";
        var r = put("/api/ties", "{\"from\": \"" + from + "\", \"to\": \"" + to + "\", \"type\": \"" + type
                + "\", \"strength\": " + strength + ctx + ", \"lastContact\": \"" + RECENT + "\"}");
        assertThat(r.status()).as(r.text()).isIn(200, 201);
    }

    private static JsonNode ask(String query) {
        var r = get("/api/intermediaries?" + query);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.json();
    }

    /** intermediary id → target ids it reaches, in answer order. */
    private static Map<String, List<String>> reached(JsonNode answer) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (JsonNode i : answer.get("intermediaries")) {
            List<String> targets = new ArrayList<>();
            i.get("targets").forEach(t -> targets.add(t.get("person").get("id").asText()));
            out.put(i.get("person").get("id").asText(), targets);
        }
        return out;
    }

    private static List<String> direct(JsonNode answer) {
        List<String> ids = new ArrayList<>();
        answer.get("direct").forEach(d -> ids.add(d.get("person").get("id").asText()));
        return ids;
    }

    @Test
    void intermediariesSkipCardExchangeOnlyTiesUnlessWeakTiesAreAskedFor() {
        person("me", "Me", "");
        person("a", "Card Friend", "");
        person("t", "Tomo", "\"web-designer\"");
        tie("me", "KNOWS", "a", 0.9, "card-exchange");
        tie("a", "KNOWS", "t", 0.9, "friend");
        assertThat(reached(ask("from=me&tag=web-designer"))).isEmpty();
        assertThat(reached(ask("from=me&tag=web-designer&includeWeak=true"))).containsEntry("a", List.of("t"));
    }

    @Test
    void minStrengthDropsWeakerTies() {
        person("me", "Me", "");
        person("a", "A", "");
        person("t", "T", "\"税理士\"");
        tie("me", "KNOWS", "a", 0.9, "friend");
        tie("a", "KNOWS", "t", 0.3, "met");
        assertThat(reached(ask("from=me&tag=" + TestApi.encode("税理士")))).containsOnlyKeys("a");
        assertThat(reached(ask("from=me&tag=" + TestApi.encode("税理士") + "&minStrength=0.31"))).isEmpty();
    }

    @Test
    void fanOfAloneIsNoHop() {
        person("me", "Me", "");
        person("a", "A", "");
        person("t", "T", "\"singer\"");
        tie("me", "KNOWS", "a", 0.9, "friend");
        tie("t", "FAN_OF", "a", 1.0, null);
        tie("me", "FAN_OF", "t", 1.0, null);
        JsonNode answer = ask("from=me&tag=singer");
        assertThat(reached(answer)).isEmpty();
        assertThat(direct(answer)).isEmpty();
    }

    @Test
    void trustsCountsInEitherDirection() {
        person("me", "Me", "");
        person("a", "A", "");
        person("t", "T", "\"founder\"");
        tie("a", "TRUSTS", "me", 0.8, "worked-together");
        tie("t", "TRUSTS", "a", 0.8, "friend");
        assertThat(reached(ask("from=me&tag=founder"))).containsEntry("a", List.of("t"));
    }

    @Test
    void directContactsAreNotListedAsReachedThroughOthers() {
        person("me", "Me", "");
        person("a", "A", "");
        person("t", "T", "\"founder\"");
        tie("me", "KNOWS", "a", 0.9, "friend");
        tie("me", "KNOWS", "t", 0.4, "met");
        tie("a", "KNOWS", "t", 0.9, "friend");
        JsonNode answer = ask("from=me&tag=founder");
        assertThat(direct(answer)).containsExactly("t");
        assertThat(reached(answer)).isEmpty();
    }

    @Test
    void maxHopsOneStopsAtOneIntermediaryAndTwoAllowsASecond() {
        person("me", "Me", "");
        person("a", "A", "");
        person("b", "B", "");
        person("t", "T", "\"団地\"");
        tie("me", "KNOWS", "a", 0.9, "friend");
        tie("a", "KNOWS", "b", 0.8, "worked-together");
        tie("b", "KNOWS", "t", 0.7, "met");
        String tag = "tag=" + TestApi.encode("団地");
        assertThat(reached(ask("from=me&maxHops=1&" + tag))).isEmpty();
        JsonNode two = ask("from=me&maxHops=2&" + tag);
        assertThat(reached(two)).containsOnlyKeys("a");
        JsonNode target = two.get("intermediaries").get(0).get("targets").get(0);
        assertThat(target.get("hops").asInt()).isEqualTo(3);
        assertThat(target.get("path").findValuesAsText("id")).containsExactly("me", "a", "b", "t");
        assertThat(target.get("weakestLink").get("from").asText()).isEqualTo("b");
    }

    @Test
    void aJapaneseKindFindsTheWordInsideALongerOneButNotAcrossWords() {
        person("me", "山田 花子", "");
        person("a", "佐藤 健", "");
        person("t", "鈴木 一郎", "\"グラフィックデザイナー\"");
        person("x", "早起 営", "");
        put("/api/people/x", "{\"name\": \"早起 営\", \"notes\": \"朝早く起きるのが得意。営業職\"}");
        tie("me", "KNOWS", "a", 0.9, "friend");
        tie("a", "KNOWS", "t", 0.9, "worked-together");
        tie("a", "KNOWS", "x", 0.9, "worked-together");
        assertThat(reached(ask("from=me&kind=" + TestApi.encode("デザイナー")))).containsEntry("a", List.of("t"));
        assertThat(reached(ask("from=me&kind=" + TestApi.encode("起業")))).isEmpty();
        assertThat(reached(ask("from=me&kind=" + TestApi.encode("ﾃﾞｻﾞｲﾅｰ")))).containsEntry("a", List.of("t"));
    }

    @Test
    void scoresFollowTheDocumentedFormula() {
        person("me", "Me", "");
        person("a", "A", "");
        person("b", "B", "");
        person("t1", "T1", "\"kind\"");
        person("t2", "T2", "\"kind\"");
        tie("me", "KNOWS", "a", 0.9, "friend");
        tie("a", "TRUSTS", "t1", 0.8, "worked-together");
        tie("a", "KNOWS", "b", 0.5, "met");
        tie("b", "KNOWS", "t2", 0.6, "online");
        tie("t2", "FAN_OF", "b", 1.0, null);
        JsonNode a = ask("from=me&tag=kind").get("intermediaries").get(0);
        double recent = 0.5 + 0.5 * Math.pow(2, -10 / 365.0);
        double meA = Scoring.round(0.9 * 1.0 * recent);
        double aT1 = Scoring.round(Math.min(1, 0.8 * 1.0 * recent + 0.1));
        double aB = Scoring.round(0.5 * 0.85 * recent);
        double bT2 = Scoring.round(Math.min(1, Scoring.round(0.6 * 0.7 * recent) + 0.1));
        double route1 = meA * aT1;
        double route2 = meA * aB * bT2;
        assertThat(a.get("targets").get(0).get("score").asDouble()).isCloseTo(Scoring.round(route1), within(1e-9));
        assertThat(a.get("targets").get(1).get("score").asDouble()).isCloseTo(Scoring.round(route2), within(1e-9));
        assertThat(a.get("score").asDouble())
                .isCloseTo(Scoring.round(1 - (1 - route1) * (1 - route2)), within(1e-9));
        assertThat(a.get("targets").get(1).get("why").asText()).contains("T2 is a fan of B");
    }

    @Test
    void explanationsComeInJapaneseWhenAskedFor() {
        person("me", "山田 花子", "");
        person("a", "田中 愛子", "");
        person("t", "鈴木 一郎", "\"団地\"");
        put("/api/ties", "{\"from\": \"me\", \"to\": \"a\", \"type\": \"KNOWS\", \"strength\": 0.9, "
                + "\"context\": \"friend\", \"since\": \"2020-01-01\", \"lastContact\": \"" + RECENT + "\"}");
        put("/api/ties", "{\"from\": \"a\", \"to\": \"t\", \"type\": \"KNOWS\", \"strength\": 0.7, "
                + "\"context\": \"worked-together\", \"lastContact\": \"2020-06-01\"}");
        JsonNode target = ask("from=me&lang=ja&tag=" + TestApi.encode("団地"))
                .get("intermediaries").get(0).get("targets").get(0);
        assertThat(target.get("why").asText())
                .contains("田中 愛子さんとは").contains("一緒に仕事をした").contains("最後の連絡は");
    }

    @Test
    void anIntermediaryWithAFullPlateOfAsksIsMarkedBusy() {
        person("me", "Me", "");
        person("a", "A", "");
        person("t", "T", "\"kind\"");
        tie("me", "KNOWS", "a", 0.9, "friend");
        tie("a", "KNOWS", "t", 0.9, "friend");
        JsonNode before = ask("from=me&tag=kind").get("intermediaries").get(0);
        assertThat(before.get("busy").asBoolean()).isFalse();
        for (int i = 0; i < 3; i++) {
            person("x" + i, "X" + i, "");
            tie("a", "KNOWS", "x" + i, 0.9, "friend");
            var created = TestApi.post("/api/introductions", "{\"requester\": \"me\", \"target\": \"x" + i
                    + "\", \"via\": \"a\", \"message\": \"Would you meet?\", \"mode\": \"light\"}");
            assertThat(created.status()).as(created.text()).isEqualTo(201);
        }
        JsonNode after = ask("from=me&tag=kind").get("intermediaries").get(0);
        assertThat(after.get("person").get("id").asText()).isEqualTo("a");
        assertThat(after.get("busy").asBoolean()).isTrue();
    }

    @Test
    void badQueriesAreProblemsNamingTheParameter() {
        person("me", "Me", "");
        assertThat(get("/api/intermediaries?from=me").json().get("errors").get(0).get("field").asText())
                .isEqualTo("kind");
        assertThat(get("/api/intermediaries?from=me&tag=x&maxHops=3").status()).isEqualTo(400);
        assertThat(get("/api/intermediaries?from=me&tag=x&minStrength=2").status()).isEqualTo(400);
        assertThat(get("/api/intermediaries?tag=x").status()).isEqualTo(400);
        assertThat(get("/api/intermediaries?from=nobody&tag=x").status()).isEqualTo(404);
        assertThat(get("/api/intermediaries?from=me&kind=" + TestApi.encode("\" OR *:* //")).status()).isEqualTo(200);
    }
}
