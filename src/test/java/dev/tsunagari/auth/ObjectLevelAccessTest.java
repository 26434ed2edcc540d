package dev.tsunagari.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.support.Accounts;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.Network;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken object-level authorisation, endpoint by endpoint: member B's token against what member A added, and a
 * viewer's token against every write, each refused with nothing changed (the graph compared before and after).
 * People and accounts of the fictional 'Ayaka' (member A, person ayaka) and 'Bunta' (member B, person bunta).
 */
@Neo4jTest
class ObjectLevelAccessTest {
    private static final String INTRO = "intro-a";

    /** One request against A's objects, and the status that refuses it. */
    record Attempt(String method, String path, String body, int refusal) {
        @Override
        public String toString() {
            return method + " " + path + " → " + refusal;
        }
    }

    private Accounts.As memberA;
    private Accounts.As memberB;
    private Accounts.As viewer;

    /** What A owns: the person chie it added, a TRUSTS tie it added, its own person's interactions, an introduction. */
    static List<Attempt> againstAsObjects() {
        List<Attempt> attempts = new ArrayList<>(List.of(
                new Attempt("PUT", "/api/people/chie", "{\"name\": \"乗っ取り\"}", 403),
                new Attempt("PATCH", "/api/people/chie", "{\"headline\": \"乗っ取り\"}", 403),
                new Attempt("DELETE", "/api/people/chie", null, 403),
                new Attempt("PUT", "/api/ties", "{\"from\": \"ayaka\", \"to\": \"chie\", \"type\": \"TRUSTS\", \"strength\": 0.1}", 403),
                new Attempt("DELETE", "/api/ties/ayaka/TRUSTS/chie", null, 403),
                new Attempt("POST", "/api/people/ayaka/interactions",
                        "{\"with\": \"chie\", \"at\": \"2026-10-01\", \"kind\": \"met\"}", 403),
                new Attempt("GET", "/api/accounts/ACCOUNT_A", null, 403),
                new Attempt("PATCH", "/api/accounts/ACCOUNT_A", "{\"role\": \"viewer\"}", 403),
                new Attempt("DELETE", "/api/accounts/ACCOUNT_A", null, 403),
                new Attempt("POST", "/api/accounts/ACCOUNT_A/rotate", null, 403),
                new Attempt("POST", "/api/accounts", "{\"name\": \"Mallory\", \"role\": \"admin\"}", 403),
                new Attempt("GET", "/api/export?format=json", null, 403)));
        // A stranger to an introduction is told it does not exist (its existence is private to the three people).
        for (String move : List.of("agree", "accept", "decline", "connect", "withdraw", "outcome")) {
            String body = move.equals("outcome") ? "{\"outcome\": \"met\"}" : null;
            attempts.add(new Attempt("POST", "/api/introductions/" + INTRO + "/" + move, body, 404));
        }
        return attempts;
    }

    /** Every write a viewer might try: A's objects and new ones alike, all 403. */
    static Stream<Attempt> viewerWrites() {
        Stream<Attempt> own = againstAsObjects().stream().filter(a -> !a.method().equals("GET"))
                .map(a -> new Attempt(a.method(), a.path(), a.body(), 403));
        Stream<Attempt> fresh = Stream.of(
                new Attempt("POST", "/api/people", "{\"name\": \"新しい人\"}", 403),
                new Attempt("PUT", "/api/people/newcomer", "{\"name\": \"新しい人\"}", 403),
                new Attempt("PUT", "/api/ties", "{\"from\": \"bunta\", \"to\": \"chie\", \"type\": \"KNOWS\"}", 403),
                new Attempt("POST", "/api/introductions",
                        "{\"requester\": \"bunta\", \"target\": \"daichi\", \"via\": \"chie\", \"mode\": \"light\"}", 403),
                new Attempt("POST", "/api/import?format=json", "{\"people\": [], \"ties\": []}", 403));
        return Stream.concat(own, fresh);
    }

    @BeforeEach
    void aAddsSomeone() {
        Network.person("ayaka", "佐藤 綾香");
        Network.person("bunta", "Bunta Mori");
        Network.person("daichi", "Daichi Ueda");
        memberA = Accounts.create("Ayaka", "member", "ayaka");
        memberB = Accounts.create("Bunta", "member", "bunta");
        viewer = Accounts.create("Vera", "viewer", null);
        Network.expect(memberA.send("PUT", "/api/people/chie", "{\"name\": \"Chie Hara\"}"), 201);
        Network.expect(memberA.send("PUT", "/api/ties", "{\"from\": \"ayaka\", \"to\": \"chie\", \"type\": \"KNOWS\", \"context\": \"friend\", \"strength\": 0.8}"), 201);
        Network.expect(memberA.send("PUT", "/api/ties", "{\"from\": \"ayaka\", \"to\": \"chie\", \"type\": \"TRUSTS\", \"strength\": 0.9}"), 201);
        Network.expect(memberA.send("PUT", "/api/ties", "{\"from\": \"chie\", \"to\": \"daichi\", \"type\": \"KNOWS\", \"context\": \"worked-together\", \"strength\": 0.7}"), 201);
        Network.expect(memberA.send("POST", "/api/introductions",
                "{\"id\": \"" + INTRO + "\", \"requester\": \"ayaka\", \"target\": \"daichi\", \"via\": \"chie\", \"mode\": \"light\"}"), 201);
    }

    private TestApi.Response attempt(Accounts.As as, Attempt attempt) {
        return as.send(attempt.method(), attempt.path().replace("ACCOUNT_A", memberA.id()), attempt.body());
    }

    @ParameterizedTest(name = "member B: {0}")
    @MethodSource("againstAsObjects")
    void anotherMemberCannotTouchWhatAAdded(Attempt attempt) {
        List<String> before = TestNeo4j.snapshot();
        var answer = attempt(memberB, attempt);
        assertThat(answer.status()).as(answer.text()).isEqualTo(attempt.refusal());
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(TestNeo4j.snapshot()).isEqualTo(before);
    }

    @ParameterizedTest(name = "viewer: {0}")
    @MethodSource("viewerWrites")
    void aViewerWritesNothing(Attempt attempt) {
        List<String> before = TestNeo4j.snapshot();
        var answer = attempt(viewer, attempt);
        assertThat(answer.status()).as(answer.text()).isEqualTo(403);
        assertThat(answer.json().get("type").asText()).isEqualTo("/problems/forbidden");
        assertThat(TestNeo4j.snapshot()).isEqualTo(before);
    }

    @Test
    void theAddingMemberMayChangeWhatItAdded() {
        assertThat(memberA.send("PATCH", "/api/people/chie", "{\"headline\": \"Runs a live house\"}").status()).isEqualTo(200);
        assertThat(memberA.send("DELETE", "/api/ties/ayaka/TRUSTS/chie", null).status()).isEqualTo(204);
        assertThat(memberA.send("POST", "/api/people/ayaka/interactions",
                "{\"with\": \"chie\", \"at\": \"2026-10-01\", \"kind\": \"met\"}").status()).isEqualTo(201);
        assertThat(memberA.send("POST", "/api/introductions/" + INTRO + "/withdraw", null).status()).isEqualTo(200);
        assertThat(memberA.send("DELETE", "/api/people/chie", null).status()).isEqualTo(204);
    }

    @Test
    void aMemberMayChangeATieThatStartsAtItsOwnPersonWhoeverAddedIt() {
        Network.tie("bunta", "TRUSTS", "chie", 0.5, null);
        var changed = memberB.send("PUT", "/api/ties", "{\"from\": \"bunta\", \"to\": \"chie\", \"type\": \"TRUSTS\", \"strength\": 0.6}");
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(memberB.send("DELETE", "/api/ties/bunta/TRUSTS/chie", null).status()).isEqualTo(204);
    }

    @Test
    void anAdminAccountChangesAnything() {
        Accounts.As admin = Accounts.create("Ada", "admin", null);
        assertThat(admin.send("PATCH", "/api/people/chie", "{\"headline\": \"changed by an admin\"}").status()).isEqualTo(200);
        assertThat(admin.send("DELETE", "/api/ties/ayaka/TRUSTS/chie", null).status()).isEqualTo(204);
        assertThat(admin.send("DELETE", "/api/accounts/" + memberB.id(), null).status()).isEqualTo(204);
    }

    @Test
    void aMemberActsAsItsOwnPersonInIntroductions() {
        var asked = memberB.send("POST", "/api/introductions",
                "{\"requester\": \"ayaka\", \"target\": \"daichi\", \"via\": \"chie\", \"mode\": \"light\"}");
        assertThat(asked.status()).as("B cannot ask in A's name").isEqualTo(403);
        assertThat(memberA.get("/api/introductions/" + INTRO).status()).isEqualTo(200);
        assertThat(memberB.get("/api/introductions/" + INTRO).status()).isEqualTo(404);
    }
}
