package dev.tsunagari.hostile;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.tsunagari.http.Json;
import dev.tsunagari.people.PeopleRepository;
import dev.tsunagari.people.PersonInput;
import dev.tsunagari.people.PersonRules;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.support.TestNeo4j;
import dev.tsunagari.ties.TieInput;
import dev.tsunagari.ties.TieRules;
import dev.tsunagari.ties.TiesRepository;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** The material of the hostile suites: the small graph every case starts from, and the strings that attack it. */
final class Hostile {
    /** Cypher and other injection fragments; each is a valid text value, to be stored exactly as sent. */
    static final List<String> FRAGMENTS = List.of(
            "' OR 1=1 //",
            "}) DETACH DELETE n //",
            "$param",
            "`backtick` MATCH (n) DETACH DELETE n",
            "\"; MATCH (n) DETACH DELETE n; //",
            "' }) RETURN 1 UNION MATCH (n) DETACH DELETE n //",
            "{id: 'x'}) SET n.admin = true //",
            "CALL db.clearQueryCaches()",
            "${jndi:ldap://example.invalid/a}",
            "名前'); DETACH DELETE n; //");

    /** Ids as they appear in a URL (already percent-encoded) that no valid id looks like. */
    static final List<String> BAD_PATH_IDS = List.of(
            "..%2Fx", "a%20b", "a%2Fb", "x".repeat(129), "%27%20OR%201%3D1%20%2F%2F",
            "%7D)%20DETACH%20DELETE%20n%20%2F%2F", "%24param", "%60x%60", "%E3%81%82", "caf%C3%A9", "a%2Bb%3D");

    /** Ids as they appear in a JSON body that no valid id looks like. */
    static final List<String> BAD_BODY_IDS = List.of(
            "../x", "a b", "", "x".repeat(129), "\u0000", "' OR 1=1 //", "}) DETACH DELETE n //", "$param",
            "`x`", "a/b", "あ");

    private Hostile() {}

    /** Aiko and Ken, who know each other: enough for every endpoint to have something to damage. */
    static void loadFixture() {
        CypherFiles cypher = new CypherFiles();
        PeopleRepository people = new PeopleRepository(TestNeo4j.graph(), cypher);
        people.upsert(PersonRules.check("aiko", new PersonInput(null, "田中 愛子", "たなか あいこ", "Community organiser",
                null, null, "Tokyo", List.of("community-organizer", "団地"), List.of(), List.of(), "First buyer",
                null, null, List.of(), null, null)));
        people.upsert(PersonRules.check("ken", new PersonInput(null, "Ken Sato", null, null, null, null, null,
                List.of("designer"), null, null, null, "ken@example.org", null, null, null, null)));
        new TiesRepository(TestNeo4j.graph(), cypher).upsert(TieRules.check(new TieInput("aiko", "ken", "KNOWS", 0.8,
                "worked-together", "2023-05-01", "2026-09-30", "met at the estate festival", null, null)))
                .orElseThrow();
    }

    static String cursorOf(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    static String cursorOf(byte[] key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }

    /** The text as a JSON string literal, control characters escaped. */
    static String quoted(String text) {
        try {
            return Json.MAPPER.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
