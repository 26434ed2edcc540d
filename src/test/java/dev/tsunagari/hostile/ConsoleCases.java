package dev.tsunagari.hostile;

import static dev.tsunagari.hostile.HostileCase.json;
import static dev.tsunagari.hostile.Hostile.quoted;

import java.util.ArrayList;
import java.util.List;

/**
 * The Cypher console under attack: statements that would write, read files or act on the server (403), Cypher
 * that does not parse (400 naming query), bodies and parameters of the wrong shape or beyond Cypher's numbers.
 */
final class ConsoleCases {
    private static final String PATH = "/api/cypher";

    private ConsoleCases() {}

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        for (String write : List.of("MATCH (n) DETACH DELETE n", "CREATE (:Person {id: 'mallory', name: 'M'})",
                "MATCH (p:Person) SET p.admin = true", "MERGE (:Tag {name: 'x'})", "MATCH ()-[r]->() DELETE r",
                "CREATE CONSTRAINT x IF NOT EXISTS FOR (n:X) REQUIRE n.id IS UNIQUE", "DROP INDEX person_fulltext IF EXISTS",
                "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", "CALL db.clearQueryCaches()",
                "CALL db.createProperty('mallory')", "MATCH (p:Person) WITH p LIMIT 1 CALL { WITH p SET p.name = 'x' } RETURN 1",
                "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "UNWIND [1] AS x CREATE (:X)",
                "MATCH (a:Person {id: 'aiko'}) REMOVE a:Person", "CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()")) {
            cases.add(json("a statement that would change something: " + write, "POST", PATH, body(quoted(write), null), 403, null));
        }
        for (String fragment : Hostile.FRAGMENTS) {
            cases.add(json("an injection fragment as the statement: " + fragment, "POST", PATH, body(quoted(fragment), null), 0, null));
        }
        for (String broken : List.of("MATC (n) RETURN n", "RETURN", "MATCH (n RETURN n", "RETURN 'unterminated",
                "MATCH (n) RETURN n; MATCH (m) RETURN m", "RETURN 1 /* open", "RETURN $", "名前 (n) RETURN n")) {
            cases.add(json("not Cypher: " + broken, "POST", PATH, body(quoted(broken), null), 400, "query"));
        }
        for (String value : List.of("42", "[\"MATCH (n) RETURN n\"]", "{\"text\": \"RETURN 1\"}", "true", "\"\"", "\"   \"",
                "null", quoted("RETURN 1 AS \u0000x"), quoted("x".repeat(20_001)))) {
            cases.add(json("query " + abbreviated(value), "POST", PATH, body(value, null), 400, "query"));
        }
        for (String value : List.of("\"x\"", "[1]", "42", "true")) {
            cases.add(json("parameters as " + value, "POST", PATH, body("\"RETURN 1 AS one\"", value), 400, "parameters"));
        }
        for (String number : List.of("18446744073709551616", "1e400", "-1e400", "9223372036854775808",
                "-9223372036854775809", "1" + "0".repeat(99))) {
            cases.add(json("a parameter of " + abbreviated(number), "POST", PATH,
                    body("\"RETURN $n AS n\"", "{\"n\": " + number + "}"), 400, "parameters.n"));
            cases.add(json("a nested parameter of " + abbreviated(number), "POST", PATH,
                    body("\"RETURN $m AS m\"", "{\"m\": {\"k\": [" + number + "]}}"), 400, "parameters.m.k[0]"));
        }
        cases.add(json("a missing parameter", "POST", PATH, body("\"RETURN $nothing AS n\"", "{}"), 400, "parameters"));
        cases.add(json("an unknown field", "POST", PATH, "{\"query\": \"RETURN 1\", \"database\": \"system\"}", 400, "database"));
        cases.add(json("another database", "POST", PATH, body(quoted("USE system SHOW USERS"), null), 0, null));
        cases.add(json("a runtime error", "POST", PATH, body(quoted("RETURN 1 / 0 AS x"), null), 400, "query"));
        return cases;
    }

    private static String body(String query, String parameters) {
        return "{\"query\": " + query + (parameters == null ? "" : ", \"parameters\": " + parameters) + "}";
    }

    private static String abbreviated(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
