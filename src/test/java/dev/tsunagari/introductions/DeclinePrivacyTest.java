package dev.tsunagari.introductions;

import static dev.tsunagari.introductions.Story.HARUTO;
import static dev.tsunagari.introductions.Story.MAYUMI;
import static dev.tsunagari.introductions.Story.SACHIKO;
import static dev.tsunagari.introductions.Story.expect;
import static dev.tsunagari.introductions.Story.move;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.support.ClockedApi;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestApi;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A "no" is private and free: the requester learns that an ask closed, never that it was declined, by whom or why. */
@Neo4jTest
class DeclinePrivacyTest {
    private static final String NOTE = "今は新しい演者を受け入れる余裕がありません";
    private String declinedByTarget;
    private String declinedByVia;

    @BeforeEach
    void twoAsksDeclined() {
        ClockedApi.reset();
        Story.people();
        Story.person("rin", "林 凛", "singer");
        Story.tie(MAYUMI, "KNOWS", "rin", 0.7, "met");
        declinedByTarget = Story.ask();
        move(declinedByTarget, "agree", MAYUMI);
        expect(ClockedApi.as(SACHIKO).post("/api/introductions/" + declinedByTarget + "/decline",
                "{\"note\": \"" + NOTE + "\"}"), 200);
        declinedByVia = Story.ask(HARUTO, "rin", MAYUMI);
        expect(ClockedApi.as(MAYUMI).post("/api/introductions/" + declinedByVia + "/decline",
                "{\"note\": \"" + NOTE + "\"}"), 200);
    }

    @Test
    void theRequesterSeesClosedAndNothingMore() {
        for (String id : List.of(declinedByTarget, declinedByVia)) {
            JsonNode seen = expect(ClockedApi.as(HARUTO).get("/api/introductions/" + id), 200);
            assertThat(seen.get("status").asText()).isEqualTo("closed");
            assertThat(seen.has("declineNote")).isFalse();
            JsonNode last = seen.get("history").get(seen.get("history").size() - 1);
            assertThat(last.get("status").asText()).isEqualTo("closed");
            assertThat(last.has("by")).as("who said no stays private").isFalse();
            assertThat(last.has("note")).isFalse();
        }
    }

    @Test
    void noEndpointTheRequesterCanCallRevealsTheDecline() {
        ClockedApi.Call haruto = ClockedApi.as(HARUTO);
        List<TestApi.Response> seen = new ArrayList<>();
        for (String id : List.of(declinedByTarget, declinedByVia)) {
            seen.add(haruto.get("/api/introductions/" + id));
            for (String move : List.of("withdraw", "agree", "accept", "decline", "connect")) {
                seen.add(haruto.post("/api/introductions/" + id + "/" + move, null));
            }
            seen.add(haruto.post("/api/introductions/" + id + "/outcome", "{\"outcome\": \"met\"}"));
        }
        for (String query : List.of("", "?person=haruto", "?person=mayumi", "?person=sachiko", "?status=closed",
                "?person=haruto&status=closed,declined", "?status=open")) {
            seen.add(haruto.get("/api/introductions" + query));
        }
        for (String person : List.of(HARUTO, MAYUMI, SACHIKO, "rin")) {
            for (String view : List.of("ledger", "fans", "keep-in-touch?minStrength=0", "reach", "busy", "interactions")) {
                seen.add(haruto.get("/api/people/" + person + "/" + view));
            }
        }
        seen.add(haruto.get("/api/connectors?tag=community-organizer"));

        assertThat(seen).allSatisfy(response -> {
            assertThat(response.status()).as(response.text()).isLessThan(500);
            assertThat(response.text()).doesNotContain(NOTE).doesNotContain("\"declined\"").doesNotContain("status: declined")
                    .doesNotContain("it is declined");
        });
        assertThat(seen.get(1).status()).as("a move on it is refused as closed").isEqualTo(409);
        assertThat(seen.get(1).json().get("detail").asText()).contains("it is closed");
        assertThat(ids(haruto.get("/api/introductions?status=declined"))).isEmpty();
        assertThat(ids(haruto.get("/api/introductions?status=closed"))).containsExactlyInAnyOrder(declinedByTarget, declinedByVia);
    }

    @Test
    void viaAndTheTargetSeeTheTruth() {
        for (ClockedApi.Call truth : List.of(ClockedApi.as(MAYUMI), ClockedApi.as(SACHIKO), ClockedApi.admin())) {
            JsonNode seen = expect(truth.get("/api/introductions/" + declinedByTarget), 200);
            assertThat(seen.get("status").asText()).isEqualTo("declined");
            assertThat(seen.get("declineNote").asText()).isEqualTo(NOTE);
            JsonNode last = seen.get("history").get(seen.get("history").size() - 1);
            assertThat(last.get("by").asText()).isEqualTo(SACHIKO);
            assertThat(last.get("from").asText()).isEqualTo("asked");
        }
        assertThat(ids(ClockedApi.as(MAYUMI).get("/api/introductions?status=declined")))
                .containsExactlyInAnyOrder(declinedByTarget, declinedByVia);
        assertThat(ids(ClockedApi.as(MAYUMI).get("/api/introductions?status=closed"))).isEmpty();
    }

    private static List<String> ids(TestApi.Response response) {
        List<String> ids = new ArrayList<>();
        expect(response, 200).get("items").forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }
}
