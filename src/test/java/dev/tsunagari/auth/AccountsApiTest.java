package dev.tsunagari.auth;

import static dev.tsunagari.support.TestApi.get;
import static dev.tsunagari.support.TestApi.post;
import static dev.tsunagari.support.TestApi.put;
import static dev.tsunagari.support.TestApi.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;
import java.util.Map;
import org.junit.jupiter.api.Test;

@Neo4jTest
class AccountsApiTest {

    private static JsonNode create(String name, String role, String person) {
        String body = person == null ? "{\"name\": \"" + name + "\", \"role\": \"" + role + "\"}"
                : "{\"name\": \"" + name + "\", \"role\": \"" + role + "\", \"person\": \"" + person + "\"}";
        var created = post("/api/accounts", body);
        assertThat(created.status()).isEqualTo(201);
        return created.json();
    }

    private static int statusOfMe(String token) {
        return send("GET", "/api/me", null, token).status();
    }

    @Test
    void aNewAccountsTokenWorksAndMeNamesItsPerson() {
        put("/api/people/aiko", "{\"name\": \"田中 愛子\"}");
        JsonNode account = create("愛子さん", "member", "aiko");
        String token = account.get("token").asText();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");

        var me = send("GET", "/api/me", null, token);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("id").asText()).isEqualTo(account.get("id").asText());
        assertThat(me.json().get("role").asText()).isEqualTo("member");
        assertThat(me.json().get("person").asText()).isEqualTo("aiko");
        assertThat(me.json().get("bootstrap").asBoolean()).isFalse();
    }

    @Test
    void theBootstrapTokenIsAnAdminWithoutAPerson() {
        JsonNode me = get("/api/me").json();
        assertThat(me.get("role").asText()).isEqualTo("admin");
        assertThat(me.get("bootstrap").asBoolean()).isTrue();
        assertThat(me.has("person")).isFalse();
        assertThat(me.has("id")).isFalse();
    }

    @Test
    void rotatingKillsTheOldTokenAtOnceAndTheNewOneWorks() {
        JsonNode account = create("Ken", "viewer", null);
        String old = account.get("token").asText();
        assertThat(statusOfMe(old)).as("a first use puts the token in the cache").isEqualTo(200);

        var rotated = post("/api/accounts/" + account.get("id").asText() + "/rotate", null);
        assertThat(rotated.status()).isEqualTo(200);
        String fresh = rotated.json().get("token").asText();
        assertThat(fresh).isNotEqualTo(old);
        assertThat(statusOfMe(old)).isEqualTo(401);
        assertThat(statusOfMe(fresh)).isEqualTo(200);
    }

    @Test
    void deletingRevokesTheTokenAtOnce() {
        JsonNode account = create("Ken", "member", null);
        String token = account.get("token").asText();
        assertThat(statusOfMe(token)).isEqualTo(200);

        assertThat(TestApi.delete("/api/accounts/" + account.get("id").asText()).status()).isEqualTo(204);
        assertThat(statusOfMe(token)).isEqualTo(401);
        assertThat(get("/api/accounts/" + account.get("id").asText()).status()).isEqualTo(404);
    }

    @Test
    void listsAndGetsNeverShowATokenOrItsHash() {
        JsonNode a = create("A", "admin", null);
        JsonNode b = create("B", "member", null);
        String list = get("/api/accounts").text();
        String one = get("/api/accounts/" + b.get("id").asText()).text();
        for (String body : new String[] {list, one}) {
            assertThat(body).doesNotContain(a.get("token").asText(), b.get("token").asText(),
                    Tokens.hash(a.get("token").asText()), Tokens.hash(b.get("token").asText()), "token", "Hash");
        }
        assertThat(get("/api/accounts").json().get("items")).hasSize(2);
    }

    @Test
    void theGraphKeepsOnlyTheHashOfAToken() {
        JsonNode account = create("Ken", "member", null);
        String token = account.get("token").asText();
        var stored = TestNeo4j.graph().read(tx -> tx.run("MATCH (a:Account) RETURN properties(a) AS p").single()
                .get("p").asMap());
        assertThat(stored.values()).doesNotContain(token).contains(Tokens.hash(token));
    }

    @Test
    void patchChangesTheRoleAndTheNextRequestSeesIt() {
        JsonNode account = create("Ken", "admin", null);
        String token = account.get("token").asText();
        assertThat(send("GET", "/api/accounts", null, token).status()).isEqualTo(200);

        var patched = TestApi.patch("/api/accounts/" + account.get("id").asText(), "{\"role\": \"viewer\"}");
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("name").asText()).isEqualTo("Ken");
        assertThat(send("GET", "/api/accounts", null, token).status()).isEqualTo(403);
    }

    @Test
    void onlyAnAdminManagesAccounts() {
        String member = create("M", "member", null).get("token").asText();
        String viewer = create("V", "viewer", null).get("token").asText();
        for (String token : new String[] {member, viewer}) {
            assertThat(send("GET", "/api/accounts", null, token).status()).isEqualTo(403);
            assertThat(send("POST", "/api/accounts", "{\"name\": \"x\", \"role\": \"admin\"}", token).status())
                    .isEqualTo(403);
        }
        assertThat(get("/api/accounts").json().get("items")).hasSize(2);
    }

    @Test
    void badAccountInputNamesTheField() {
        var noRole = post("/api/accounts", "{\"name\": \"Ken\", \"role\": \"owner\"}");
        assertThat(noRole.status()).isEqualTo(400);
        assertThat(noRole.json().get("errors").get(0).get("field").asText()).isEqualTo("role");
        var unknownPerson = post("/api/accounts", "{\"name\": \"Ken\", \"role\": \"member\", \"person\": \"nobody\"}");
        assertThat(unknownPerson.status()).isEqualTo(422);
        assertThat(get("/api/accounts").json().get("items")).isEmpty();
    }

    @Test
    void aNonAdminMayNotActAsSomeoneElse() {
        String member = create("M", "member", null).get("token").asText();
        var refused = TestApi.exchange("GET", "/api/introductions", null, false,
                Map.of("Authorization", "Bearer " + member, "X-Acting-As", "aiko"));
        assertThat(refused.status()).isEqualTo(403);
    }
}
