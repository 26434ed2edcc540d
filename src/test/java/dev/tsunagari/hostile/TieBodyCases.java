package dev.tsunagari.hostile;

import static dev.tsunagari.hostile.HostileCase.json;
import static dev.tsunagari.hostile.Hostile.quoted;

import java.util.ArrayList;
import java.util.List;

/** Hostile bodies for PUT /api/ties. */
final class TieBodyCases {
    private static final String PATH = "/api/ties";

    private TieBodyCases() {}

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        for (String field : List.of("from", "to", "type", "context", "since", "lastContact", "note")) {
            cases.add(tie(field + " as a number", with(field, "7"), 400, field));
            cases.add(tie(field + " as an array", with(field, "[\"x\"]"), 400, field));
        }
        for (String field : List.of("from", "to", "type")) {
            cases.add(tie(field + " missing", without(field), 400, field));
            cases.add(tie(field + " null", with(field, "null"), 400, field));
        }
        for (String strength : List.of("\"0.5\"", "true", "{}", "[0.5]", "-0.1", "1.1", "1.0000001", "-1e-9", "1e400",
                "-1e400", "\"NaN\"", "\"Infinity\"")) {
            cases.add(tie("strength " + strength, with("strength", strength), 400, "strength"));
        }
        for (String type : List.of("knows", "FRIEND", "KNOWS ", "", "HAS_TAG", "KNOWS|TRUSTS", "`KNOWS`")) {
            cases.add(tie("type " + quoted(type), with("type", quoted(type)), 400, "type"));
        }
        for (String context : List.of("colleague", "CARD-EXCHANGE", "card exchange", "", "friend ")) {
            cases.add(tie("context " + quoted(context), with("context", quoted(context)), 400, "context"));
        }
        for (String date : List.of("2026-02-30", "2026-1-1", "26-01-01", "2026-01-01T00:00:00Z", "yesterday", "",
                "2026-13-01", "２０２６-01-01", "2026/01/01", "+2026-01-01", "20260101")) {
            cases.add(tie("since " + quoted(date), with("since", quoted(date)), 400, "since"));
            cases.add(tie("lastContact " + quoted(date), with("lastContact", quoted(date)), 400, "lastContact"));
        }
        for (String id : Hostile.BAD_BODY_IDS) {
            cases.add(tie("from " + quoted(id), with("from", quoted(id)), 400, "from"));
            cases.add(tie("to " + quoted(id), with("to", quoted(id)), 400, "to"));
        }
        cases.add(tie("from = to", "{\"from\": \"aiko\", \"to\": \"aiko\", \"type\": \"KNOWS\"}", 400, "to"));
        cases.add(tie("unknown to", with("to", "\"nobody\""), 422, "to"));
        cases.add(tie("unknown from", with("from", "\"nobody\""), 422, "from"));
        cases.add(tie("both unknown", "{\"from\": \"nobody\", \"to\": \"noone\", \"type\": \"FAN_OF\"}", 422, "from"));
        cases.add(tie("unknown Cypher-looking person", with("to", "\"n.x\""), 422, "to"));
        cases.add(tie("note one character too long", with("note", quoted("メ".repeat(2001))), 400, "note"));
        cases.add(tie("note with a NUL", with("note", "\"a\\u0000b\""), 400, "note"));
        cases.add(tie("unknown field", with("weight", "1"), 400, "weight"));
        cases.add(tie("misspelt field", with("strenght", "0.5"), 400, "strenght"));
        cases.add(tie("nested unknown field", with("meta", "{\"by\": \"x\"}"), 400, "meta"));
        return cases;
    }

    private static HostileCase tie(String name, String body, int status, String field) {
        return json(name, "PUT", PATH, body, status, field);
    }

    /** A valid TRUSTS tie from aiko to ken with one field set to the raw JSON {@code value}. */
    private static String with(String field, String value) {
        StringBuilder body = new StringBuilder("{");
        for (String[] pair : new String[][] {{"from", "\"aiko\""}, {"to", "\"ken\""}, {"type", "\"TRUSTS\""}}) {
            body.append('"').append(pair[0]).append("\": ").append(pair[0].equals(field) ? value : pair[1]).append(", ");
        }
        if (!List.of("from", "to", "type").contains(field)) {
            body.append('"').append(field).append("\": ").append(value).append(", ");
        }
        return body.substring(0, body.length() - 2) + "}";
    }

    private static String without(String field) {
        return with(field, "null").replace("\"" + field + "\": null, ", "").replace(", \"" + field + "\": null", "");
    }
}
