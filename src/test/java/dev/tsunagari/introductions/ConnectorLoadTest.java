package dev.tsunagari.introductions;

import dev.tsunagari.config.IntroductionSettings;
import static dev.tsunagari.introductions.Story.MAYUMI;
import static dev.tsunagari.introductions.Story.askBody;
import static dev.tsunagari.introductions.Story.expect;
import static dev.tsunagari.introductions.Story.move;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.support.ClockedApi;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestNeo4j;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@Neo4jTest
class ConnectorLoadTest {

    /** Mayumi knows five people who each would like to meet Sachiko. */
    @BeforeEach
    void story() {
        ClockedApi.reset();
        Story.people();
        for (int i = 1; i <= 5; i++) {
            Story.person("member" + i, "Member " + i);
            Story.tie("member" + i, "KNOWS", MAYUMI, 0.6, "met");
        }
    }

    @Test
    void aFourthOpenAskThroughOneConnectorIsRefusedUntilOneFreesUp() {
        Story.ask("member1", Story.SACHIKO, MAYUMI);
        ClockedApi.CLOCK.advance(Duration.ofDays(2));
        Story.ask("member2", Story.SACHIKO, MAYUMI);
        Story.ask("member3", Story.SACHIKO, MAYUMI);
        List<String> before = TestNeo4j.snapshot();
        var refused = ClockedApi.as("member4").post("/api/introductions", askBody("member4", Story.SACHIKO, MAYUMI, "light"));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asText())
                .contains("mayumi already has 3 open asks", "frees up at 2026-11-16T09:00:00.000Z");
        assertThat(refused.raw().headers().firstValue("Retry-After")).contains(Long.toString(Duration.ofDays(12).toSeconds()));
        assertThat(TestNeo4j.snapshot()).isEqualTo(before);

        ClockedApi.CLOCK.advance(Duration.ofDays(12));
        expect(ClockedApi.as("member4").post("/api/introductions", askBody("member4", Story.SACHIKO, MAYUMI, "light")), 201);
    }

    @Test
    void answeredAsksNoLongerCount() {
        String first = Story.ask("member1", Story.SACHIKO, MAYUMI);
        String second = Story.ask("member2", Story.SACHIKO, MAYUMI);
        Story.ask("member3", Story.SACHIKO, MAYUMI);
        assertThat(busy().get("busy").asBoolean()).isTrue();
        move(first, "decline", MAYUMI);
        move(second, "withdraw", "member2");
        JsonNode load = busy();
        assertThat(load.get("busy").asBoolean()).isFalse();
        assertThat(load.get("openAsks").asInt()).isEqualTo(1);
        assertThat(load.get("freesAt")).isNull();
        Story.ask("member4", Story.SACHIKO, MAYUMI);
        Story.ask("member5", Story.SACHIKO, MAYUMI);
    }

    @Test
    void theBusyEndpointSaysWhenAConnectorFreesUp() {
        for (int i = 1; i <= 3; i++) {
            Story.ask("member" + i, Story.SACHIKO, MAYUMI);
            ClockedApi.CLOCK.advance(Duration.ofDays(1));
        }
        JsonNode load = busy();
        assertThat(load.get("person").asText()).isEqualTo(MAYUMI);
        assertThat(load.get("openAsks").asInt()).isEqualTo(3);
        assertThat(load.get("limit").asInt()).isEqualTo(3);
        assertThat(load.get("freesAt").asText()).isEqualTo("2026-11-16T09:00:00.000Z");
        assertThat(ClockedApi.admin().get("/api/people/nobody/busy").status()).isEqualTo(404);
    }

    @Test
    void theFinderCanAskWhichIntermediariesAreBusy() {
        for (int i = 1; i <= 3; i++) {
            Story.ask("member" + i, Story.SACHIKO, MAYUMI);
        }
        ConnectorLoad load = new ConnectorLoad(TestNeo4j.graph(), new CypherFiles(), IntroductionSettings.DEFAULTS, ClockedApi.CLOCK);
        assertThat(load.busy(List.of(MAYUMI, Story.HARUTO, "nobody"))).containsExactly(MAYUMI);
        ClockedApi.CLOCK.advance(Duration.ofDays(14));
        assertThat(load.busy(List.of(MAYUMI))).as("expired asks free the connector").isEmpty();
    }

    private static JsonNode busy() {
        return expect(ClockedApi.admin().get("/api/people/" + MAYUMI + "/busy"), 200);
    }
}
