package dev.tsunagari.hostile;

import static dev.tsunagari.hostile.FinderCases.get;
import static dev.tsunagari.hostile.HostileCase.json;
import static dev.tsunagari.hostile.Hostile.quoted;

import java.util.ArrayList;
import java.util.List;

/**
 * The endpoints beyond people and ties: relationships (ledger, keep-in-touch, fans, reach, connectors, busy),
 * interactions, introductions and their moves, import and export. Bad ids in paths, query parameters and bodies,
 * wrong types, unknown fields and values outside their lists.
 */
final class OtherEndpointCases {
    private static final List<String> PERSON_ROUTES = List.of("ledger", "keep-in-touch", "fans", "reach", "busy",
            "interactions");
    private static final List<String> MOVES = List.of("agree", "accept", "decline", "connect", "withdraw", "outcome");

    private OtherEndpointCases() {}

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        cases.addAll(relationships());
        cases.addAll(interactions());
        cases.addAll(introductions());
        cases.addAll(importAndExport());
        return cases;
    }

    private static List<HostileCase> relationships() {
        List<HostileCase> cases = new ArrayList<>();
        for (String id : Hostile.BAD_PATH_IDS) {
            for (String route : PERSON_ROUTES) {
                cases.add(json("id " + id, "GET", "/api/people/" + id + "/" + route, null, 400, "id"));
            }
        }
        for (String route : List.of("ledger", "keep-in-touch", "fans", "interactions")) {
            FinderCases.numbers(cases, "/api/people/aiko/" + route + "?x=1", List.of("limit"));
        }
        FinderCases.numbers(cases, "/api/people/aiko/keep-in-touch?x=1", List.of("quietDays"));
        cases.add(get("/api/people/aiko/keep-in-touch?quietDays=3651", "quietDays"));
        for (String value : FinderCases.BAD_STRENGTHS) {
            cases.add(get("/api/people/aiko/keep-in-touch?minStrength=" + value, "minStrength"));
        }
        cases.add(get("/api/connectors?kind=" + "x".repeat(201), "kind"));
        cases.add(get("/api/connectors?kind=%2A%2A", "kind"));
        FinderCases.numbers(cases, "/api/connectors?kind=designer", List.of("limit"));
        for (String id : Hostile.BAD_PATH_IDS) {
            cases.add(get("/api/people/aiko/interactions?with=" + id, "with"));
        }
        return cases;
    }

    private static List<HostileCase> interactions() {
        String path = "/api/people/aiko/interactions";
        List<HostileCase> cases = new ArrayList<>();
        String valid = "{\"with\": \"ken\", \"kind\": \"met\"}";
        for (String id : Hostile.BAD_BODY_IDS) {
            cases.add(json("with " + quoted(id), "POST", path, "{\"with\": " + quoted(id) + ", \"kind\": \"met\"}", 400, "with"));
            cases.add(json("id " + quoted(id), "POST", path, "{\"id\": " + quoted(id) + ", \"with\": \"ken\", \"kind\": \"met\"}", 400, "id"));
        }
        for (String kind : List.of("", "MET", "' OR 1=1 //", "met ", "`met`")) {
            cases.add(json("kind " + quoted(kind), "POST", path, "{\"with\": \"ken\", \"kind\": " + quoted(kind) + "}", 400, "kind"));
        }
        for (String number : List.of("18446744073709551616", "1e400", "-0", "true")) {
            cases.add(json("with as " + number, "POST", path, "{\"with\": " + number + ", \"kind\": \"met\"}", 400, "with"));
            cases.add(json("kind as " + number, "POST", path, "{\"with\": \"ken\", \"kind\": " + number + "}", 400, "kind"));
            for (String field : List.of("at", "note", "id")) {
                cases.add(json(field + " as " + number, "POST", path, valid.replace("}", ", \"" + field + "\": " + number + "}"), 400, field));
            }
        }
        cases.add(json("with herself", "POST", path, "{\"with\": \"aiko\", \"kind\": \"met\"}", 400, "with"));
        cases.add(json("with nobody", "POST", path, "{\"kind\": \"met\"}", 400, "with"));
        cases.add(json("at not a time", "POST", path, "{\"with\": \"ken\", \"kind\": \"met\", \"at\": \"yesterday\"}", 400, "at"));
        cases.add(json("unknown field", "POST", path, "{\"with\": \"ken\", \"kind\": \"met\", \"admin\": true}", 400, "admin"));
        cases.add(json("with someone unknown", "POST", path, "{\"with\": \"nobody\", \"kind\": \"met\"}", 0, null));
        cases.add(json("by someone unknown", "POST", "/api/people/nobody/interactions", valid, 404, null));
        return cases;
    }

    private static List<HostileCase> introductions() {
        String path = "/api/introductions";
        List<HostileCase> cases = new ArrayList<>();
        for (String field : List.of("requester", "target", "via")) {
            for (String id : Hostile.BAD_BODY_IDS) {
                cases.add(json(field + " " + quoted(id), "POST", path, intro(field, quoted(id)), 400, field));
            }
            cases.add(json(field + " as a number", "POST", path, intro(field, "1e400"), 400, field));
            cases.add(json(field + " as an object", "POST", path, intro(field, "{\"$ne\": null}"), 400, field));
        }
        for (String mode : List.of("", "LIGHT", "pushy", "' OR 1=1 //")) {
            cases.add(json("mode " + quoted(mode), "POST", path, intro("mode", quoted(mode)), 400, "mode"));
        }
        cases.add(json("message as a number", "POST", path, intro("message", "18446744073709551616"), 400, "message"));
        cases.add(json("unknown field", "POST", path, intro("status", "\"connected\""), 400, "status"));
        cases.add(json("a requester asking for herself", "POST", path, intro("target", "\"aiko\""), 400, "target"));
        for (String id : Hostile.BAD_PATH_IDS) {
            cases.add(json("id " + id, "GET", path + "/" + id, null, 400, "id"));
            for (String move : MOVES) {
                cases.add(json("id " + id, "POST", path + "/" + id + "/" + move, "{}", 400, "id"));
            }
        }
        for (String move : MOVES) {
            cases.add(json("a move of no introduction", "POST", path + "/nothing-here/" + move, "{}", 0, null));
            cases.add(json("note as a number", "POST", path + "/nothing-here/" + move, "{\"note\": 1e400}", 400, "note"));
            cases.add(json("unknown field", "POST", path + "/nothing-here/" + move, "{\"status\": \"connected\"}", 400, "status"));
        }
        for (String person : Hostile.BAD_PATH_IDS) {
            cases.add(get(path + "?person=" + person, "person"));
        }
        FinderCases.numbers(cases, path + "?x=1", List.of("limit"));
        for (String status : List.of("ASKED", "nope", "%27%20OR%201%3D1%20%2F%2F")) {
            cases.add(get(path + "?status=" + status, "status"));
        }
        cases.add(json("an Idempotency-Key too long", "POST", path, intro("via", "\"someone\""), 400, "Idempotency-Key")
                .withHeader("Idempotency-Key", "k".repeat(256)));
        return cases;
    }

    private static List<HostileCase> importAndExport() {
        List<HostileCase> cases = new ArrayList<>();
        String people = "[{\"id\": \"mika\", \"name\": \"Mika\"}]";
        for (String format : List.of("xml", "jsonl", "linkedin%00", "%27%20OR%201%3D1%20%2F%2F", "..%2F..%2Fetc%2Fpasswd", "")) {
            cases.add(json("format " + format, "POST", "/api/import?format=" + format, people, 400, "format"));
        }
        for (String format : List.of("xml", "linkedin", "%27%20OR%201%3D1%20%2F%2F", "..%2Fx")) {
            cases.add(get("/api/export?format=" + format, "format"));
        }
        cases.add(get("/api/export?format=csv&kind=tags", "kind"));
        cases.add(get("/api/export?format=json&kind=people", "kind"));
        cases.add(json("csv without a kind", "POST", "/api/import?format=csv", "id,name\nmika,Mika\n", 400, "kind"));
        cases.add(json("a kind for json", "POST", "/api/import?format=json&kind=people", people, 400, "kind"));
        for (String owner : Hostile.BAD_PATH_IDS) {
            cases.add(json("owner " + owner, "POST", "/api/import?format=linkedin&owner=" + owner, "a,b\n", 400, "owner"));
        }
        for (String id : Hostile.BAD_PATH_IDS) {
            cases.add(json("job " + id, "GET", "/api/imports/" + id, null, 400, "id"));
        }
        cases.add(json("an unknown job", "GET", "/api/imports/no-such-job", null, 404, null));
        return cases;
    }

    /** A valid introduction body (aiko asks ken through nobody in particular) with one field set to raw JSON. */
    private static String intro(String field, String value) {
        StringBuilder body = new StringBuilder("{");
        for (String[] pair : new String[][] {{"requester", "\"aiko\""}, {"target", "\"ken\""}, {"via", "\"ken\""}}) {
            body.append('"').append(pair[0]).append("\": ").append(pair[0].equals(field) ? value : pair[1]).append(", ");
        }
        if (!List.of("requester", "target", "via").contains(field)) {
            body.append('"').append(field).append("\": ").append(value).append(", ");
        }
        return body.substring(0, body.length() - 2) + "}";
    }
}
