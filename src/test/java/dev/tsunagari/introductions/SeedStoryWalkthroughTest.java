package dev.tsunagari.introductions;

import static dev.tsunagari.support.Network.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.support.ClockedApi;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The curl walk-through of the README's Introductions section, request for request, so the documentation stays true. */
@Neo4jTest
class SeedStoryWalkthroughTest {
    private static final ClockedApi.Call ADMIN = ClockedApi.admin();

    @BeforeEach
    void clock() {
        ClockedApi.reset();
    }

    @Test
    void aMemberIsIntroducedToAHousingEstateOrganiserAndTheLedgerAndFanClubShowIt() {
        expect(ADMIN.put("/api/people/haruto", "{\"name\": \"木村 陽翔\", \"tags\": [\"founder\", \"bamboo-percussion\"]}"), 201);
        expect(ADMIN.put("/api/people/mayumi", "{\"name\": \"小野 真由美\", \"tags\": [\"community-organizer\"]}"), 201);
        expect(ADMIN.put("/api/people/sachiko", "{\"name\": \"石田 幸子\", \"tags\": [\"community-organizer\", \"団地\"]}"), 201);
        expect(ADMIN.put("/api/ties", "{\"from\": \"haruto\", \"to\": \"mayumi\", \"type\": \"KNOWS\", \"strength\": 0.8, \"context\": \"met\", \"since\": \"2026-03-01\"}"), 201);
        expect(ADMIN.put("/api/ties", "{\"from\": \"mayumi\", \"to\": \"haruto\", \"type\": \"TRUSTS\", \"strength\": 0.8, \"context\": \"met\", \"since\": \"2026-03-01\"}"), 201);
        expect(ADMIN.put("/api/ties", "{\"from\": \"mayumi\", \"to\": \"sachiko\", \"type\": \"KNOWS\", \"strength\": 0.7, \"context\": \"worked-together\"}"), 201);

        String ask = "{\"requester\": \"haruto\", \"target\": \"sachiko\", \"via\": \"mayumi\", \"mode\": \"light\","
                + " \"message\": \"団地の集会所で、竹の打楽器でくつろぐ会を開けたらうれしいです\"}";
        ClockedApi.Call asking = ClockedApi.as("haruto").header("Idempotency-Key", "haruto-sachiko-1");
        JsonNode proposed = expect(asking.post("/api/introductions", ask), 201);
        assertThat(proposed.get("status").asText()).isEqualTo("proposed");
        String intro = proposed.get("id").asText();
        assertThat(expect(asking.post("/api/introductions", ask), 201).get("id").asText()).isEqualTo(intro);

        assertThat(step(intro, "agree", "mayumi")).isEqualTo("asked");
        assertThat(step(intro, "accept", "sachiko")).isEqualTo("accepted");
        assertThat(step(intro, "connect", "mayumi")).isEqualTo("connected");
        JsonNode ties = expect(ADMIN.get("/api/people/haruto/ties"), 200).get("items");
        assertThat(ties).anySatisfy(t -> {
            assertThat(t.get("type").asText()).isEqualTo("KNOWS");
            assertThat(t.get("context").asText()).isEqualTo("introduced");
            assertThat(t.get("from").asText() + t.get("to").asText()).contains("sachiko");
        });

        expect(ADMIN.post("/api/people/haruto/interactions",
                "{\"with\": \"sachiko\", \"kind\": \"met\", \"note\": \"集会所で打ち合わせ。来月の夏祭りで演奏することに\"}"), 201);
        expect(ClockedApi.as("haruto").post("/api/introductions/" + intro + "/outcome", "{\"outcome\": \"met\"}"), 200);
        JsonNode done = expect(ADMIN.get("/api/introductions/" + intro), 200);
        assertThat(done.get("status").asText()).isEqualTo("outcome");
        assertThat(done.get("history").findValuesAsText("status"))
                .containsExactly("proposed", "asked", "accepted", "connected", "outcome");
        expect(ADMIN.put("/api/ties", "{\"from\": \"sachiko\", \"to\": \"haruto\", \"type\": \"FAN_OF\", \"context\": \"introduced\"}"), 201);

        JsonNode ledger = expect(ADMIN.get("/api/people/haruto/ledger"), 200);
        JsonNode mayumi = ledger.get("counterparts").get(0);
        assertThat(mayumi.get("person").get("id").asText()).isEqualTo("mayumi");
        assertThat(mayumi.get("introductionsMadeByThem").asInt()).isEqualTo(1);
        assertThat(mayumi.get("balance").asInt()).isEqualTo(-1);
        assertThat(mayumi.get("theyGaveMore").asBoolean()).isTrue();
        assertThat(ledger.get("gaveYouMore").findValuesAsText("id")).containsExactly("mayumi");

        JsonNode fans = expect(ADMIN.get("/api/people/haruto/fans"), 200).get("items");
        assertThat(fans.get(0).get("person").get("id").asText()).isEqualTo("mayumi");
        assertThat(fans.get(0).get("since").asText()).isEqualTo("2026-03-01");
        assertThat(fans.get(0).get("sixMonthsOrMore").asBoolean()).isTrue();
        assertThat(fans.get(1).get("person").get("id").asText()).isEqualTo("sachiko");
        assertThat(fans.get(1).get("reasons").get(0).asText()).isEqualTo("FAN_OF");

        expect(ADMIN.post("/api/people/haruto/interactions",
                "{\"with\": \"mayumi\", \"kind\": \"helped\", \"note\": \"地域の交流会で無料演奏\"}"), 201);
        assertThat(expect(ADMIN.get("/api/people/haruto/ledger"), 200).get("balance").asInt()).isZero();

        expect(ADMIN.get("/api/people/haruto/keep-in-touch?quietDays=90"), 200);
        assertThat(expect(ADMIN.get("/api/people/mayumi/reach"), 200).get("withinOneHop").asInt()).isEqualTo(2);
        assertThat(expect(ADMIN.get("/api/connectors?tag=" + TestApi.encode("団地")), 200).get("items").findValuesAsText("id"))
                .contains("mayumi", "haruto");
    }

    private static String step(String intro, String move, String actor) {
        return expect(ClockedApi.as(actor).post("/api/introductions/" + intro + "/" + move, null), 200).get("status").asText();
    }
}
