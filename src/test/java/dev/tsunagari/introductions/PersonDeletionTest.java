package dev.tsunagari.introductions;

import static dev.tsunagari.introductions.Story.HARUTO;
import static dev.tsunagari.introductions.Story.KENTA;
import static dev.tsunagari.introductions.Story.MAYUMI;
import static dev.tsunagari.introductions.Story.SACHIKO;
import static dev.tsunagari.introductions.Story.expect;
import static dev.tsunagari.introductions.Story.move;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.support.ClockedApi;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@Neo4jTest
class PersonDeletionTest {

    @BeforeEach
    void story() {
        ClockedApi.reset();
        Story.people();
    }

    @Test
    void deletingAPersonRemovesEveryIntroductionAndInteractionNamingThem() {
        String connected = Story.ask();
        move(connected, "agree", MAYUMI);
        move(connected, "accept", SACHIKO);
        move(connected, "connect", MAYUMI);
        Story.tie(KENTA, "KNOWS", HARUTO, 0.6, "met");
        String open = Story.ask(KENTA, MAYUMI, HARUTO);
        expect(ClockedApi.admin().post("/api/people/" + HARUTO + "/interactions",
                "{\"with\": \"" + MAYUMI + "\", \"kind\": \"helped\", \"note\": \"チラシ作りを手伝った\"}"), 201);
        expect(ClockedApi.admin().post("/api/people/" + SACHIKO + "/interactions",
                "{\"with\": \"" + KENTA + "\", \"kind\": \"call\"}"), 201);

        assertThat(ClockedApi.admin().delete("/api/people/" + MAYUMI).status()).isEqualTo(204);

        assertThat(TestNeo4j.snapshot()).as("nothing names mayumi any more")
                .noneMatch(line -> line.contains(MAYUMI))
                .noneMatch(line -> line.contains(connected))
                .noneMatch(line -> line.contains(open))
                .noneMatch(line -> line.contains(":Event"))
                .anyMatch(line -> line.contains(":Interaction"));
        assertThat(TestNeo4j.snapshot()).as("the tie mayumi made between haruto and sachiko stays theirs")
                .anyMatch(line -> line.matches("rel (haruto KNOWS sachiko|sachiko KNOWS haruto) .*context=introduced.*"));
        assertThat(ClockedApi.admin().get("/api/introductions/" + connected).status()).isEqualTo(404);
        assertThat(expect(ClockedApi.admin().get("/api/people/" + HARUTO + "/interactions"), 200).get("items")).isEmpty();
        assertThat(expect(ClockedApi.admin().get("/api/people/" + SACHIKO + "/interactions"), 200).get("items")).hasSize(1);
    }
}
