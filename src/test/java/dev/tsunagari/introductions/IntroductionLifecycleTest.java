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
import dev.tsunagari.support.TestNeo4j;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@Neo4jTest
class IntroductionLifecycleTest {

    @BeforeEach
    void story() {
        ClockedApi.reset();
        Story.people();
    }

    @Test
    void anIntroductionWalksFromProposedToOutcomeAndLeavesAnIntroducedTie() {
        var created = ClockedApi.as(HARUTO).post("/api/introductions", Story.askBody(HARUTO, SACHIKO, MAYUMI, "light"));
        JsonNode intro = expect(created, 201);
        String id = intro.get("id").asText();
        assertThat(created.raw().headers().firstValue("Location")).contains("/api/introductions/" + id);
        assertThat(intro.get("status").asText()).isEqualTo("proposed");
        assertThat(intro.get("message").asText()).isEqualTo("団地で演奏させていただけないでしょうか");
        assertThat(intro.get("via").get("name").asText()).isEqualTo("小野 真由美");
        assertThat(intro.get("expiresAt").asText()).isEqualTo("2026-11-16T09:00:00.000Z");

        ClockedApi.CLOCK.advance(Duration.ofDays(1));
        assertThat(move(id, "agree", MAYUMI).get("status").asText()).isEqualTo("asked");
        ClockedApi.CLOCK.advance(Duration.ofDays(1));
        assertThat(move(id, "accept", SACHIKO).get("status").asText()).isEqualTo("accepted");
        ClockedApi.CLOCK.advance(Duration.ofDays(1));
        JsonNode connected = move(id, "connect", MAYUMI);
        assertThat(connected.get("status").asText()).isEqualTo("connected");
        assertThat(connected.get("expiresAt")).as("a connected introduction no longer expires").isNull();
        ClockedApi.CLOCK.advance(Duration.ofDays(7));
        JsonNode done = expect(ClockedApi.as(HARUTO).post("/api/introductions/" + id + "/outcome",
                "{\"outcome\": \"met\", \"at\": \"2026-11-10\", \"note\": \"団地の夏祭りで演奏することに\"}"), 200);
        assertThat(done.get("status").asText()).isEqualTo("outcome");
        assertThat(done.get("outcome").asText()).isEqualTo("met");
        assertThat(done.get("outcomeAt").asText()).isEqualTo("2026-11-10");

        List<String> steps = new ArrayList<>();
        done.get("history").forEach(e -> steps.add(e.get("status").asText() + "@" + e.get("at").asText() + " by " + e.path("by").asText()));
        assertThat(steps).containsExactly(
                "proposed@2026-11-02T09:00:00.000Z by haruto",
                "asked@2026-11-03T09:00:00.000Z by mayumi",
                "accepted@2026-11-04T09:00:00.000Z by sachiko",
                "connected@2026-11-05T09:00:00.000Z by mayumi",
                "outcome@2026-11-12T09:00:00.000Z by haruto");
        assertThat(TestNeo4j.snapshot()).filteredOn(line -> line.startsWith("rel haruto KNOWS sachiko")
                        || line.startsWith("rel sachiko KNOWS haruto"))
                .singleElement().asString()
                .contains("context=introduced", "introducedBy=mayumi", "introduction=" + id, "since=2026-11-05");
    }
}
