package dev.tsunagari.introductions;

import static dev.tsunagari.introductions.Story.HARUTO;
import static dev.tsunagari.introductions.Story.KENTA;
import static dev.tsunagari.introductions.Story.MAYUMI;
import static dev.tsunagari.introductions.Story.SACHIKO;
import static dev.tsunagari.introductions.Story.askBody;
import static dev.tsunagari.introductions.Story.expect;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.support.ClockedApi;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@Neo4jTest
class IntroducerCheckTest {

    @BeforeEach
    void story() {
        ClockedApi.reset();
        Story.people();
    }

    @Test
    void aCardExchangeIsNotKnowingSomeone() {
        JsonNode problem = refused(askBody(HARUTO, KENTA, MAYUMI, "light"));
        assertThat(problem.get("detail").asText())
                .contains("mayumi has only exchanged business cards with the target (kenta)")
                .doesNotContain("requester");
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("via");
    }

    @Test
    void theIntermediaryMustKnowTheRequesterToo() {
        Story.person("yui", "Yui Sato");
        Story.tie(MAYUMI, "KNOWS", "yui", 0.9, "friend");
        JsonNode problem = refused(askBody(KENTA, "yui", MAYUMI, "light"));
        assertThat(problem.get("detail").asText()).contains("card", "the requester (kenta)").doesNotContain("target");
    }

    @Test
    void bothSidesAreNamedWhenViaKnowsNeither() {
        Story.person("yui", "Yui Sato");
        JsonNode problem = refused(askBody(HARUTO, SACHIKO, "yui", "light"));
        assertThat(problem.get("errors")).hasSize(2);
        assertThat(problem.get("detail").asText())
                .contains("yui does not know the requester (haruto)", "yui does not know the target (sachiko)");
    }

    @Test
    void aTieWithoutContextCountsAsKnowing() {
        Story.person("yui", "Yui Sato");
        Story.tie("yui", "KNOWS", MAYUMI, 0.2, null);
        Story.tie(HARUTO, "TRUSTS", MAYUMI, 0.1, "met");
        expect(ClockedApi.admin().post("/api/introductions", askBody("yui", HARUTO, MAYUMI, "light")), 201);
    }

    @Test
    void aVouchedIntroductionNeedsAStrongTieToEachSide() {
        JsonNode problem = refused(askBody(HARUTO, SACHIKO, MAYUMI, "vouched"));
        assertThat(problem.get("detail").asText())
                .contains("a vouched introduction needs mayumi to know the target (sachiko) well", "0.7", "0.6")
                .doesNotContain("requester");
        Story.tie(MAYUMI, "KNOWS", SACHIKO, 0.7, "worked-together");
        assertThat(expect(ClockedApi.as(HARUTO).post("/api/introductions", askBody(HARUTO, SACHIKO, MAYUMI, "vouched")), 201)
                .get("mode").asText()).isEqualTo("vouched");
    }

    @Test
    void aTrustsTieFromViaIsEnoughToVouchButNotOneTowardVia() {
        Story.tie(SACHIKO, "TRUSTS", MAYUMI, 0.4, "friend");
        refused(askBody(HARUTO, SACHIKO, MAYUMI, "vouched"));
        Story.tie(MAYUMI, "TRUSTS", SACHIKO, 0.3, "worked-together");
        expect(ClockedApi.as(HARUTO).post("/api/introductions", askBody(HARUTO, SACHIKO, MAYUMI, "vouched")), 201);
    }

    @Test
    void unknownPeopleAndBadInputAreNamedByField() {
        List<String> before = TestNeo4j.snapshot();
        var unknown = ClockedApi.admin().post("/api/introductions", askBody(HARUTO, "nobody", MAYUMI, "light"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("errors").get(0).get("field").asText()).isEqualTo("target");
        var same = ClockedApi.admin().post("/api/introductions", askBody(HARUTO, HARUTO, MAYUMI, "light"));
        assertThat(same.status()).isEqualTo(400);
        assertThat(same.json().get("errors").get(0).get("field").asText()).isEqualTo("target");
        var mode = ClockedApi.admin().post("/api/introductions", askBody(HARUTO, SACHIKO, MAYUMI, "pushy"));
        assertThat(mode.status()).isEqualTo(400);
        assertThat(mode.json().get("errors").get(0).get("field").asText()).isEqualTo("mode");
        var extra = ClockedApi.admin().post("/api/introductions", "{\"requester\": \"haruto\", \"urgent\": true}");
        assertThat(extra.status()).isEqualTo(400);
        var outsider = ClockedApi.as(SACHIKO).post("/api/introductions", askBody(HARUTO, SACHIKO, MAYUMI, "light"));
        assertThat(outsider.status()).as("the target does not ask on the requester's behalf").isEqualTo(403);
        assertThat(TestNeo4j.snapshot()).isEqualTo(before);
    }

    private static JsonNode refused(String body) {
        List<String> before = TestNeo4j.snapshot();
        TestApi.Response response = ClockedApi.admin().post("/api/introductions", body);
        assertThat(response.status()).as(response.text()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(TestNeo4j.snapshot()).as("a refused ask changes nothing").isEqualTo(before);
        return response.json();
    }
}
