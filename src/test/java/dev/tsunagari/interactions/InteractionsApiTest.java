package dev.tsunagari.interactions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.support.ClockedApi;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@Neo4jTest
class InteractionsApiTest {

    @BeforeEach
    void twoPeopleWhoKnowEachOther() {
        ClockedApi.reset();
        ok(ClockedApi.admin().put("/api/people/rin", "{\"name\": \"林 凛\", \"tags\": [\"ライブハウス\"]}"));
        ok(ClockedApi.admin().put("/api/people/haruto", "{\"name\": \"木村 陽翔\"}"));
        ok(ClockedApi.admin().put("/api/people/kenta", "{\"name\": \"Kenta Aoki\"}"));
        ok(ClockedApi.admin().put("/api/ties", """
                {"from": "rin", "to": "haruto", "type": "KNOWS", "strength": 0.8, "context": "met", "lastContact": "2026-06-01"}"""));
        ok(ClockedApi.admin().put("/api/ties", """
                {"from": "haruto", "to": "rin", "type": "TRUSTS", "strength": 0.9, "context": "met"}"""));
    }

    @Test
    void anInteractionMovesTheLastContactOfTheirTiesForwardAndCountsThem() {
        var logged = ClockedApi.admin().post("/api/people/haruto/interactions",
                "{\"with\": \"rin\", \"at\": \"2026-10-30\", \"kind\": \"met\", \"note\": \"ライブハウスで5回目の出演\"}");
        assertThat(logged.status()).as(logged.text()).isEqualTo(201);
        assertThat(logged.json().get("with").get("name").asText()).isEqualTo("林 凛");
        assertThat(logged.json().get("note").asText()).isEqualTo("ライブハウスで5回目の出演");
        assertThat(lastContacts()).containsExactly("2026-10-30", "2026-10-30");

        ok(ClockedApi.admin().post("/api/people/rin/interactions", "{\"with\": \"haruto\", \"at\": \"2026-09-01\", \"kind\": \"call\"}"));
        assertThat(lastContacts()).as("an older interaction logged late does not move it back")
                .containsExactly("2026-10-30", "2026-10-30");
        assertThat(TestNeo4j.snapshot()).filteredOn(l -> l.startsWith("rel rin KNOWS haruto") || l.startsWith("rel haruto TRUSTS rin"))
                .hasSize(2).allMatch(l -> l.contains("interactionCount=2"));
    }

    @Test
    void aDateDefaultsToTodayOnTheServerClock() {
        var logged = ClockedApi.admin().post("/api/people/haruto/interactions", "{\"with\": \"rin\", \"kind\": \"message\"}");
        assertThat(logged.json().get("at").asText()).isEqualTo("2026-11-02");
    }

    @Test
    void bothSidesSeeTheHistoryNewestFirstAndCanFilterAndPage() {
        ok(ClockedApi.admin().post("/api/people/haruto/interactions", "{\"with\": \"rin\", \"at\": \"2026-10-01\", \"kind\": \"helped\"}"));
        ok(ClockedApi.admin().post("/api/people/rin/interactions", "{\"with\": \"haruto\", \"at\": \"2026-10-20\", \"kind\": \"was-helped\"}"));
        ok(ClockedApi.admin().post("/api/people/haruto/interactions", "{\"with\": \"kenta\", \"at\": \"2026-10-10\", \"kind\": \"call\"}"));
        assertThat(dates("/api/people/haruto/interactions")).containsExactly("2026-10-20", "2026-10-10", "2026-10-01");
        assertThat(dates("/api/people/rin/interactions")).containsExactly("2026-10-20", "2026-10-01");
        assertThat(dates("/api/people/haruto/interactions?with=kenta")).containsExactly("2026-10-10");
        JsonNode first = ClockedApi.admin().get("/api/people/haruto/interactions?limit=2").json();
        assertThat(first.get("items")).hasSize(2);
        JsonNode second = ClockedApi.admin().get("/api/people/haruto/interactions?limit=2&cursor=" + first.get("next").asText()).json();
        assertThat(second.get("items").get(0).get("at").asText()).isEqualTo("2026-10-01");
        assertThat(second.get("next").isNull()).isTrue();
    }

    @Test
    void aRetryWithTheSameIdIsTheSameInteraction() {
        String body = "{\"id\": \"visit-1\", \"with\": \"rin\", \"at\": \"2026-10-30\", \"kind\": \"met\"}";
        assertThat(ClockedApi.admin().post("/api/people/haruto/interactions", body).status()).isEqualTo(201);
        assertThat(ClockedApi.admin().post("/api/people/haruto/interactions", body).status()).isEqualTo(200);
        var other = ClockedApi.admin().post("/api/people/haruto/interactions",
                "{\"id\": \"visit-1\", \"with\": \"rin\", \"at\": \"2026-10-30\", \"kind\": \"call\"}");
        assertThat(other.status()).isEqualTo(409);
        assertThat(dates("/api/people/haruto/interactions")).hasSize(1);
    }

    @Test
    void badInteractionsNameTheFieldAndChangeNothing() {
        List<String> before = TestNeo4j.snapshot();
        assertThat(field(ClockedApi.admin().post("/api/people/haruto/interactions", "{\"with\": \"rin\", \"kind\": \"gossip\"}"), 400))
                .isEqualTo("kind");
        assertThat(field(ClockedApi.admin().post("/api/people/haruto/interactions",
                "{\"with\": \"rin\", \"kind\": \"met\", \"at\": \"2026-11-03\"}"), 400)).isEqualTo("at");
        assertThat(field(ClockedApi.admin().post("/api/people/haruto/interactions",
                "{\"with\": \"rin\", \"kind\": \"met\", \"at\": \"2026-02-30\"}"), 400)).isEqualTo("at");
        assertThat(field(ClockedApi.admin().post("/api/people/haruto/interactions", "{\"with\": \"haruto\", \"kind\": \"met\"}"), 400))
                .isEqualTo("with");
        assertThat(field(ClockedApi.admin().post("/api/people/haruto/interactions", "{\"with\": \"nobody\", \"kind\": \"met\"}"), 422))
                .isEqualTo("with");
        assertThat(ClockedApi.admin().post("/api/people/nobody/interactions", "{\"with\": \"rin\", \"kind\": \"met\"}").status())
                .isEqualTo(404);
        assertThat(ClockedApi.admin().get("/api/people/nobody/interactions").status()).isEqualTo(404);
        assertThat(TestNeo4j.snapshot()).isEqualTo(before);
    }

    private static List<String> lastContacts() {
        List<String> dates = new ArrayList<>();
        ClockedApi.admin().get("/api/people/rin/ties").json().get("items").forEach(t -> dates.add(t.get("lastContact").asText()));
        return dates;
    }

    private static List<String> dates(String path) {
        List<String> dates = new ArrayList<>();
        JsonNode body = ok(ClockedApi.admin().get(path));
        body.get("items").forEach(i -> dates.add(i.get("at").asText()));
        return dates;
    }

    private static String field(TestApi.Response response, int status) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        return response.json().get("errors").get(0).get("field").asText();
    }

    private static JsonNode ok(TestApi.Response response) {
        assertThat(response.status()).as(response.text()).isBetween(200, 201);
        return response.json();
    }
}
