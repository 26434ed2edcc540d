package dev.tsunagari.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.demo.DemoNetwork;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.support.Accounts;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.Network;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A private person hides the person, never a public value that happens to be spelled like their id. On the demo:
 * member Carol adds a public ikebana teacher tagged {@code flowers}, member Alice adds a private person whose id is
 * {@code flowers} (and one whose id is {@code FAN_OF}, a reason the fan club shows), and a third member reads the
 * views: the public values are all still there.
 */
@Neo4jTest
class PublicValuesEqualToHiddenIdsTest {
    private Accounts.As third;

    @BeforeEach
    void carolAddsAPublicPersonAndAliceAPrivateOneWithTheSameWord() {
        new DemoNetwork(TestNeo4j.graph(), new CypherFiles()).loadIfEmpty();
        Accounts.As carol = Accounts.create("Carol", "member", null);
        Accounts.As alice = Accounts.create("Alice", "member", null);
        third = Accounts.create("Dan", "member", null);
        Network.expect(carol.send("PUT", "/api/people/hanae", """
                {"name": "華江 (Hanae)", "tags": ["ikebana-teacher", "flowers"]}"""), 201);
        Network.expect(alice.send("PUT", "/api/people/flowers", """
                {"name": "Secret Florist", "visibility": "private"}"""), 201);
        Network.expect(alice.send("PUT", "/api/people/FAN_OF", """
                {"name": "Secret Fan", "visibility": "private"}"""), 201);
    }

    @Test
    void aThirdMemberSearchingTheTagSeesThePublicPersonsTagsWhole() {
        JsonNode hanae = hit(third.get("/api/search?q=ikebana-teacher").json(), "hanae");
        assertThat(texts(hanae.get("person").get("tags"))).containsExactly("ikebana-teacher", "flowers");
    }

    @Test
    void theFanClubKeepsAReasonSpelledLikeAHiddenId() {
        JsonNode lala = entry(third.get("/api/people/me/fans").json().get("items"), "lala");
        assertThat(texts(lala.get("reasons"))).containsExactly("FAN_OF");
    }

    @Test
    void theHiddenPeopleThemselvesStayOutOfTheSearch() {
        var answer = third.get("/api/search?q=" + TestApi.encode("Secret"));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.text()).doesNotContain("Secret Florist").doesNotContain("Secret Fan");
    }

    private static JsonNode hit(JsonNode page, String id) {
        for (JsonNode item : page.get("items")) {
            if (item.get("person").get("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no hit for " + id + " in " + page);
    }

    private static JsonNode entry(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (item.get("person").get("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no entry for " + id + " in " + items);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }
}
