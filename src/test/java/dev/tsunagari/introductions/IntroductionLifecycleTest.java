package dev.tsunagari.introductions;

import dev.tsunagari.config.IntroductionSettings;
import static dev.tsunagari.introductions.Story.HARUTO;
import static dev.tsunagari.introductions.Story.MAYUMI;
import static dev.tsunagari.introductions.Story.SACHIKO;
import static dev.tsunagari.introductions.Story.expect;
import static dev.tsunagari.introductions.Story.move;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.support.ClockedApi;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestNeo4j;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** The moves each status allows, written out here independently of the {@link Action} table. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "proposed", Set.of("agree", "decline", "withdraw"),
            "asked", Set.of("accept", "decline", "withdraw"),
            "accepted", Set.of("connect", "withdraw"),
            "declined", Set.of(),
            "connected", Set.of("outcome"),
            "outcome", Set.of("outcome"),
            "withdrawn", Set.of(),
            "expired", Set.of());
    private static final List<String> MOVES = List.of("agree", "accept", "decline", "connect", "withdraw", "outcome");

    @Test
    void everyMoveAStatusDoesNotAllowIsAConflictAndChangesNothing() {
        int refused = 0;
        for (String status : ALLOWED.keySet()) {
            String id = Story.ask();
            driveTo(id, status);
            assertThat(expect(ClockedApi.admin().get("/api/introductions/" + id), 200).get("status").asText()).isEqualTo(status);
            for (String move : MOVES) {
                if (ALLOWED.get(status).contains(move)) {
                    continue;
                }
                List<String> before = TestNeo4j.snapshot();
                var response = ClockedApi.admin().post("/api/introductions/" + id + "/" + move,
                        move.equals("outcome") ? "{\"outcome\": \"met\"}" : null);
                assertThat(response.status()).as(status + " --" + move + "--> " + response.text()).isEqualTo(409);
                assertThat(response.contentType()).startsWith("application/problem+json");
                assertThat(response.json().get("detail").asText()).contains("it is " + status);
                assertThat(TestNeo4j.snapshot()).as("a refused move changes nothing").isEqualTo(before);
                refused++;
            }
            if (ALLOWED.get(status).contains("withdraw")) {
                expect(ClockedApi.admin().post("/api/introductions/" + id + "/withdraw", null), 200);
            }
        }
        assertThat(refused).isEqualTo(38);
    }

    @Test
    void onlyThePersonAStepWaitsForMayMakeIt() {
        String id = Story.ask();
        var byRequester = ClockedApi.as(HARUTO).post("/api/introductions/" + id + "/agree", null);
        assertThat(byRequester.status()).isEqualTo(403);
        assertThat(byRequester.json().get("detail").asText()).contains("Only the via can agree");
        assertThat(ClockedApi.as(SACHIKO).post("/api/introductions/" + id + "/decline", null).status())
                .as("before via agrees, the target has not been asked").isEqualTo(403);
        move(id, "agree", MAYUMI);
        assertThat(ClockedApi.as(MAYUMI).post("/api/introductions/" + id + "/accept", null).status()).isEqualTo(403);
        move(id, "accept", SACHIKO);
        assertThat(ClockedApi.as(SACHIKO).post("/api/introductions/" + id + "/connect", null).status()).isEqualTo(403);
        assertThat(ClockedApi.as(HARUTO).post("/api/introductions/" + id + "/withdraw", null).status()).isEqualTo(200);
    }

    @Test
    void strangersToAnIntroductionCannotSeeOrMoveIt() {
        String id = Story.ask();
        assertThat(ClockedApi.as(Story.KENTA).get("/api/introductions/" + id).status()).isEqualTo(404);
        assertThat(ClockedApi.as(Story.KENTA).post("/api/introductions/" + id + "/withdraw", null).status()).isEqualTo(404);
        assertThat(expect(ClockedApi.as(Story.KENTA).get("/api/introductions?person=" + HARUTO), 200).get("items")).isEmpty();
        assertThat(expect(ClockedApi.as(SACHIKO).get("/api/introductions"), 200).get("items")).hasSize(1);
        var malformed = ClockedApi.as("not an id").get("/api/introductions/" + id);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("errors").get(0).get("field").asText()).isEqualTo("X-Acting-As");
    }

    @Test
    void anOpenStepExpiresAfterFourteenDaysWithoutAMove() {
        String id = Story.ask();
        ClockedApi.CLOCK.advance(Duration.ofDays(14).minusMillis(1));
        assertThat(expect(ClockedApi.admin().get("/api/introductions/" + id), 200).get("status").asText()).isEqualTo("proposed");
        ClockedApi.CLOCK.advance(Duration.ofMillis(1));
        JsonNode expired = expect(ClockedApi.admin().get("/api/introductions/" + id), 200);
        assertThat(expired.get("status").asText()).isEqualTo("expired");
        assertThat(expired.get("expiresAt")).isNull();
        JsonNode last = expired.get("history").get(expired.get("history").size() - 1);
        assertThat(last.get("status").asText()).isEqualTo("expired");
        assertThat(last.get("at").asText()).isEqualTo("2026-11-16T09:00:00.000Z");
        var late = ClockedApi.as(MAYUMI).post("/api/introductions/" + id + "/agree", null);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("detail").asText()).contains("expired");
        assertThat(ids("/api/introductions?person=haruto&status=expired")).containsExactly(id);
        assertThat(ids("/api/introductions?person=haruto&status=open")).isEmpty();
        assertThat(Story.ask()).as("an expired ask no longer blocks asking again").isNotEqualTo(id);
    }

    @Test
    void eachMoveGivesTheNextStepItsOwnFourteenDays() {
        String id = Story.ask();
        ClockedApi.CLOCK.advance(Duration.ofDays(13));
        move(id, "agree", MAYUMI);
        ClockedApi.CLOCK.advance(Duration.ofDays(13));
        JsonNode asked = expect(ClockedApi.admin().get("/api/introductions/" + id), 200);
        assertThat(asked.get("status").asText()).isEqualTo("asked");
        assertThat(asked.get("expiresAt").asText()).isEqualTo("2026-11-29T09:00:00.000Z");
        ClockedApi.CLOCK.advance(Duration.ofDays(1));
        assertThat(expect(ClockedApi.admin().get("/api/introductions/" + id), 200).get("status").asText()).isEqualTo("expired");
    }

    @Test
    void theExpiryAndTheAskLimitAreConfigurable() {
        IntroductionSettings settings = IntroductionSettings.fromEnvironment(
                Map.of("TSUNAGARI_INTRO_EXPIRY_DAYS", "3", "TSUNAGARI_MAX_OPEN_ASKS", "5"));
        assertThat(settings.expiry()).isEqualTo(Duration.ofDays(3));
        assertThat(settings.maxOpenAsks()).isEqualTo(5);
        assertThat(IntroductionSettings.fromEnvironment(Map.of())).isEqualTo(IntroductionSettings.DEFAULTS);
        assertThat(IntroductionSettings.DEFAULTS.expiry()).isEqualTo(Duration.ofDays(14));
        assertThatThrownBy(() -> IntroductionSettings.fromEnvironment(Map.of("TSUNAGARI_INTRO_EXPIRY_DAYS", "0")))
                .hasMessageContaining("TSUNAGARI_INTRO_EXPIRY_DAYS");
        assertThatThrownBy(() -> IntroductionSettings.fromEnvironment(Map.of("TSUNAGARI_MAX_OPEN_ASKS", "three")))
                .hasMessageContaining("TSUNAGARI_MAX_OPEN_ASKS");
    }

    private static void driveTo(String id, String status) {
        List<String> path = switch (status) {
            case "proposed" -> List.of();
            case "asked" -> List.of("agree");
            case "accepted" -> List.of("agree", "accept");
            case "declined" -> List.of("agree", "decline");
            case "connected" -> List.of("agree", "accept", "connect");
            case "outcome" -> List.of("agree", "accept", "connect", "outcome");
            case "withdrawn" -> List.of("withdraw");
            case "expired" -> List.of("agree");
            default -> throw new IllegalArgumentException(status);
        };
        for (String move : path) {
            expect(ClockedApi.admin().post("/api/introductions/" + id + "/" + move,
                    move.equals("outcome") ? "{\"outcome\": \"customer\"}" : null), 200);
        }
        if (status.equals("expired")) {
            ClockedApi.CLOCK.advance(Duration.ofDays(15));
        }
    }

    static List<String> ids(String path) {
        List<String> ids = new ArrayList<>();
        expect(ClockedApi.admin().get(path), 200).get("items").forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }
}
