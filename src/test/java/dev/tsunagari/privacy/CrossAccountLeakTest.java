package dev.tsunagari.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.support.Accounts;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.Network;
import dev.tsunagari.support.TestApi;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Nothing private leaks across accounts: member A (person ayaka) adds a private person, Hidden Hanako, and a
 * normal one, Vivid Vanya, both with email, phone and notes carrying marker strings. Member B (person bunta) and
 * a viewer then read every GET endpoint, and no body may hold a marker; admin and A do see them. Vanya's notes
 * also hold words found nowhere else, which must find nobody for B or the viewer through any full-text search.
 */
@Neo4jTest
class CrossAccountLeakTest {
    private static final String HIDDEN_ID = "hanako-zq";
    private static final String HIDDEN_NAME = "Hidden Hanako ZQX秘密";
    private static final List<String> HIDDEN_DETAILS = List.of("zqx-mail@example.org", "PHONE-ZQX-4417", "NOTES-ZQX-9902");
    private static final List<String> VISIBLE_DETAILS = List.of("vanya-mail@example.org", "PHONE-VNY-2210", "NOTES-VNY-3381");
    private static final String INTRO = "intro-to-hanako";
    private static final List<String> NOTES_ONLY_WORDS = List.of("umbralith", "夜逃げ計画");

    private Accounts.As memberA;
    private Accounts.As memberB;
    private Accounts.As viewer;

    /** Every GET a member or a viewer might try, over each list and view that renders people. */
    private static List<String> reads() {
        List<String> reads = new ArrayList<>(List.of(
                "/api/people?limit=100", "/api/people?q=ikebana", "/api/people?tag=ikebana-teacher",
                "/api/people?q=ZQX", "/api/people/vanya", "/api/people/" + HIDDEN_ID,
                "/api/people/kenji/ties", "/api/people/ayaka/ties", "/api/people/" + HIDDEN_ID + "/ties",
                "/api/search?q=ikebana", "/api/search?q=ikebana&from=bunta&maxDistance=3", "/api/search?q=Hanako",
                "/api/paths?from=bunta&to=vanya", "/api/paths?from=bunta&to=" + HIDDEN_ID,
                "/api/paths?from=bunta&to=ayaka", "/api/intermediaries?from=bunta&tag=ikebana-teacher",
                "/api/intermediaries?from=bunta&kind=ikebana", "/api/connectors?tag=ikebana-teacher",
                "/api/connectors?kind=ikebana", "/api/people/kenji/reach", "/api/people/kenji/fans",
                "/api/people/kenji/ledger", "/api/people/kenji/keep-in-touch?quietDays=1", "/api/people/kenji/busy",
                "/api/people/" + HIDDEN_ID + "/fans", "/api/people/ayaka/interactions",
                "/api/introductions", "/api/introductions?person=kenji", "/api/introductions/" + INTRO,
                "/api/export?format=json", "/api/export?format=csv&kind=people"));
        NOTES_ONLY_WORDS.forEach(word -> reads.addAll(notesWordSearches(word)));
        return reads;
    }

    /** Every full-text search for a word: a match there must never rest on notes the caller may not read. */
    private static List<String> notesWordSearches(String word) {
        String q = TestApi.encode(word);
        return List.of("/api/people?q=" + q, "/api/search?q=" + q, "/api/search?q=" + q + "&from=bunta&maxDistance=3",
                "/api/intermediaries?from=bunta&kind=" + q, "/api/connectors?kind=" + q);
    }

    @BeforeEach
    void aAddsAPrivatePerson() {
        Network.person("ayaka", "佐藤 綾香");
        Network.person("bunta", "Bunta Mori");
        Network.person("kenji", "Kenji Hub", "connector");
        memberA = Accounts.create("Ayaka", "member", "ayaka");
        memberB = Accounts.create("Bunta", "member", "bunta");
        viewer = Accounts.create("Vera", "viewer", null);
        Network.expect(memberA.send("PUT", "/api/people/" + HIDDEN_ID, """
                {"name": "%s", "visibility": "private", "tags": ["ikebana-teacher"], "email": "%s", "phone": "%s",
                 "notes": "%s ikebana"}""".formatted(HIDDEN_NAME, HIDDEN_DETAILS.get(0), HIDDEN_DETAILS.get(1),
                HIDDEN_DETAILS.get(2))), 201);
        Network.expect(memberA.send("PUT", "/api/people/vanya", """
                {"name": "Vivid Vanya", "tags": ["ikebana-teacher"], "email": "%s", "phone": "%s", "notes": "%s %s"}"""
                .formatted(VISIBLE_DETAILS.get(0), VISIBLE_DETAILS.get(1), VISIBLE_DETAILS.get(2),
                        String.join(" ", NOTES_ONLY_WORDS))), 201);
        Network.tie("ayaka", "KNOWS", "kenji", 0.9, "friend", "\"lastContact\": \"2025-01-01\"");
        Network.tie("bunta", "KNOWS", "kenji", 0.9, "friend", "\"lastContact\": \"2025-01-01\"");
        Network.tie("kenji", "KNOWS", HIDDEN_ID, 0.9, "friend", "\"lastContact\": \"2025-01-01\"");
        Network.tie("kenji", "KNOWS", "vanya", 0.8, "worked-together");
        Network.tie("ayaka", "KNOWS", HIDDEN_ID, 0.8, "friend");
        Network.tie(HIDDEN_ID, "FAN_OF", "kenji", 0.9, null, "\"since\": \"2024-01-01\"");
        Network.expect(memberA.send("POST", "/api/people/ayaka/interactions",
                "{\"with\": \"" + HIDDEN_ID + "\", \"at\": \"2026-10-01\", \"kind\": \"met\"}"), 201);
        Network.expect(TestApi.post("/api/introductions", "{\"id\": \"" + INTRO + "\", \"requester\": \"bunta\", "
                + "\"target\": \"" + HIDDEN_ID + "\", \"via\": \"kenji\", \"mode\": \"light\"}"), 201);
    }

    private static List<String> leaks(Accounts.As as, List<String> markers) {
        List<String> leaks = new ArrayList<>();
        for (String path : reads()) {
            var answer = as.get(path);
            assertThat(answer.status()).as(path + ": " + answer.text()).isLessThan(500);
            for (String marker : markers) {
                if (answer.text().contains(marker)) {
                    leaks.add(path + " → " + answer.status() + " shows " + marker);
                }
            }
        }
        return leaks;
    }

    private static List<String> allMarkers() {
        List<String> markers = new ArrayList<>(List.of(HIDDEN_NAME, "Hanako"));
        markers.addAll(HIDDEN_DETAILS);
        markers.addAll(VISIBLE_DETAILS);
        return markers;
    }

    @Test
    void anotherMemberSeesNoPrivatePersonAndNoPrivateDetail() {
        assertThat(leaks(memberB, allMarkers())).isEmpty();
    }

    @Test
    void aViewerSeesNoPrivatePersonAndNoPrivateDetail() {
        assertThat(leaks(viewer, allMarkers())).isEmpty();
    }

    @Test
    void aWordOnlyInAnotherAccountsNotesFindsNobodyForAMemberOrAViewer() {
        for (Accounts.As other : List.of(memberB, viewer)) {
            for (String word : NOTES_ONLY_WORDS) {
                for (String path : notesWordSearches(word)) {
                    var answer = other.get(path);
                    assertThat(answer.status()).as(path).isEqualTo(200);
                    assertThat(answer.text()).as(path).doesNotContain("vanya").doesNotContain("Vanya");
                }
            }
        }
        for (Accounts.As reader : List.of(memberA, Accounts.create("Ada", "admin", null))) {
            for (String word : NOTES_ONLY_WORDS) {
                assertThat(reader.get("/api/people?q=" + TestApi.encode(word)).text()).as(word).contains("\"vanya\"");
                assertThat(reader.get("/api/search?q=" + TestApi.encode(word)).text()).as(word).contains("\"vanya\"");
            }
        }
    }

    @Test
    void aPrivatePersonsIdAppearsInNoAnswerToAnotherMember() {
        for (String path : reads()) {
            var answer = memberB.get(path);
            if (answer.status() == 200) {
                assertThat(answer.text()).as(path).doesNotContain(HIDDEN_ID);
            }
        }
    }

    @Test
    void aPrivatePersonIsNotFoundByIdForOthers() {
        assertThat(memberB.get("/api/people/" + HIDDEN_ID).status()).isEqualTo(404);
        assertThat(viewer.get("/api/people/" + HIDDEN_ID).status()).isEqualTo(404);
        assertThat(memberB.get("/api/paths?from=bunta&to=" + HIDDEN_ID).status()).isEqualTo(404);
        assertThat(memberB.get("/api/introductions/" + INTRO).status()).isEqualTo(404);
    }

    @Test
    void theFinderShowsAPrivateTargetMaskedWithThePersonToAsk() {
        JsonNode answer = memberB.get("/api/intermediaries?from=bunta&tag=ikebana-teacher").json();
        JsonNode kenji = answer.get("intermediaries").get(0);
        assertThat(kenji.get("person").get("id").asText()).isEqualTo("kenji");
        List<JsonNode> masked = new ArrayList<>();
        kenji.get("targets").forEach(t -> {
            if (t.has("masked")) {
                masked.add(t);
            }
        });
        assertThat(masked).hasSize(1);
        assertThat(masked.get(0).get("tags").get(0).asText()).isEqualTo("ikebana-teacher");
        assertThat(masked.get(0).get("reachableThrough").get("id").asText()).isEqualTo("kenji");
        assertThat(masked.get(0).has("person")).isFalse();
    }

    @Test
    void theAddingMemberAndAdminsSeeThePrivatePersonAndTheDetails() {
        for (Accounts.As sees : List.of(memberA, Accounts.create("Ada", "admin", null))) {
            assertThat(sees.get("/api/people/" + HIDDEN_ID).text()).contains(HIDDEN_NAME).contains(HIDDEN_DETAILS);
            assertThat(sees.get("/api/people/vanya").text()).contains(VISIBLE_DETAILS);
            assertThat(sees.get("/api/people?limit=100").text()).contains(HIDDEN_NAME);
            assertThat(sees.get("/api/search?q=ikebana").text()).contains(HIDDEN_NAME);
            assertThat(sees.get("/api/intermediaries?from=kenji&tag=ikebana-teacher").text()).contains(HIDDEN_NAME);
        }
        assertThat(TestApi.get("/api/export?format=json").text()).contains(HIDDEN_NAME).contains(HIDDEN_DETAILS);
    }

    @Test
    void theOtherMemberStillSeesTheNormalPersonWithoutTheDetails() {
        JsonNode vanya = memberB.get("/api/people/vanya").json();
        assertThat(vanya.get("name").asText()).isEqualTo("Vivid Vanya");
        assertThat(vanya.has("email")).isFalse();
        assertThat(vanya.has("notes")).isFalse();
        assertThat(memberB.get("/api/people?limit=100").json().get("items")).hasSize(4);
    }

    @Test
    void thePrivatePersonsOwnAccountSeesThem() {
        Accounts.As hanako = Accounts.create("Hanako", "member", HIDDEN_ID);
        var self = hanako.get("/api/people/" + HIDDEN_ID);
        assertThat(self.status()).isEqualTo(200);
        assertThat(self.json().has("email")).as("details stay with the adding account").isFalse();
    }

    @Test
    void visibilityMustBeNormalOrPrivate() {
        var bad = memberA.send("PUT", "/api/people/x", "{\"name\": \"X\", \"visibility\": \"secret\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asText()).isEqualTo("visibility");
    }
}
