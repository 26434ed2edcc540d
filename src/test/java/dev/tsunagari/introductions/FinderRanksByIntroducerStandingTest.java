package dev.tsunagari.introductions;

import static dev.tsunagari.introductions.Story.HARUTO;
import static dev.tsunagari.introductions.Story.MAYUMI;
import static dev.tsunagari.introductions.Story.move;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.support.ClockedApi;
import dev.tsunagari.support.Neo4jTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The finder's ranking counts what introductions know of each intermediary: a good record as an introducer raises
 * them (computed inside Neo4j), and one who already carries as many open asks as they should is marked busy.
 */
@Neo4jTest
class FinderRanksByIntroducerStandingTest {
    private static final String RIN = "rin";

    /** Haruto knows Mayumi and Rin alike; both know Ao, a potter, alike; Rin also knows Sora. */
    private static void network() {
        ClockedApi.reset();
        Story.people();
        Story.person(RIN, "林 凛");
        Story.person("ao", "青木 葵", "potter");
        Story.person("sora", "空野 空");
        Story.tie(HARUTO, "KNOWS", RIN, 0.8, "friend");
        Story.tie(MAYUMI, "KNOWS", "ao", 0.6, "worked-together");
        Story.tie(RIN, "KNOWS", "ao", 0.6, "worked-together");
        Story.tie(RIN, "KNOWS", "sora", 0.7, "friend");
    }

    private static List<String> intermediaries(JsonNode answer) {
        List<String> ids = new ArrayList<>();
        answer.get("intermediaries").forEach(i -> ids.add(i.get("person").get("id").asText()));
        return ids;
    }

    private static JsonNode ask() {
        return Story.expect(ClockedApi.admin().get("/api/intermediaries?from=" + HARUTO + "&tag=potter&maxHops=1"), 200);
    }

    @Test
    void anIntermediaryWithAGoodRecordAsAnIntroducerRanksAboveAnEqualOneWithout() {
        network();
        assertThat(intermediaries(ask())).containsExactly(MAYUMI, RIN);
        String met = Story.ask(HARUTO, "sora", RIN);
        move(met, "agree", RIN);
        move(met, "accept", "sora");
        move(met, "connect", RIN);
        JsonNode answer = ask();
        assertThat(intermediaries(answer)).containsExactly(RIN, MAYUMI);
        assertThat(answer.get("intermediaries").get(0).get("score").asDouble())
                .isGreaterThan(answer.get("intermediaries").get(1).get("score").asDouble());
    }

    @Test
    void anIntermediaryCarryingTheMostOpenAsksIsMarkedBusy() {
        network();
        Story.person("mio", "森 美緒");
        Story.tie(MAYUMI, "KNOWS", "mio", 0.7, "friend");
        for (String target : List.of("ao", Story.SACHIKO, "mio")) {
            Story.expect(ClockedApi.as(HARUTO).post("/api/introductions",
                    Story.askBody(HARUTO, target, MAYUMI, "light")), 201);
        }
        JsonNode answer = ask();
        for (JsonNode i : answer.get("intermediaries")) {
            assertThat(i.get("busy").asBoolean()).as(i.get("person").get("id").asText())
                    .isEqualTo(MAYUMI.equals(i.get("person").get("id").asText()));
        }
    }
}
