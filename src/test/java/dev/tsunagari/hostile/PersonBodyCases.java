package dev.tsunagari.hostile;

import static dev.tsunagari.hostile.HostileCase.json;
import static dev.tsunagari.hostile.Hostile.quoted;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Hostile person bodies, each sent to PUT (a new and an existing id), POST and PATCH. */
final class PersonBodyCases {
    /** Single-line text fields and their maximum length. */
    private static final Map<String, Integer> TEXTS = Map.of("name", 200, "kana", 200, "headline", 300,
            "organization", 200, "role", 200, "location", 200, "notes", 10_000, "email", 320, "phone", 50);
    /** List fields: maximum items, maximum item length. */
    private static final Map<String, int[]> LISTS = Map.of("tags", new int[] {100, 100}, "offers", new int[] {100, 300},
            "seeks", new int[] {100, 300}, "links", new int[] {50, 2000});

    private PersonBodyCases() {}

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        for (String[] target : new String[][] {
                {"PUT", "/api/people/newbie"}, {"PUT", "/api/people/aiko"}, {"POST", "/api/people"},
                {"PATCH", "/api/people/aiko"}}) {
            cases.addAll(fields(target[0], target[1]));
        }
        cases.addAll(specific());
        return cases;
    }

    /** Wrong types, overlong values, bad items: the same answer whether creating, replacing or patching. */
    private static List<HostileCase> fields(String method, String path) {
        List<HostileCase> cases = new ArrayList<>();
        TEXTS.forEach((field, max) -> {
            cases.add(json(field + " as a number", method, path, with(field, "42"), 400, field));
            cases.add(json(field + " as an object", method, path, with(field, "{\"a\": 1}"), 400, field));
            cases.add(json(field + " one character too long", method, path, with(field, quoted("あ".repeat(max + 1))), 400, field));
        });
        LISTS.forEach((field, limits) -> {
            cases.add(json(field + " as an object", method, path, with(field, "{\"a\": 1}"), 400, field));
            cases.add(json(field + " as a string", method, path, with(field, "\"x\""), 400, field));
            cases.add(json(field + " with a number", method, path, with(field, "[1]"), 400, field + "[0]"));
            cases.add(json(field + " with a null item", method, path, with(field, "[\"ok\", null]"), 400, field + "[1]"));
            cases.add(json(field + " with an overlong item", method, path,
                    with(field, "[" + quoted("x".repeat(limits[1] + 1)) + "]"), 400, field + "[0]"));
            cases.add(json(field + " with too many items", method, path,
                    with(field, "[" + String.join(",", java.util.Collections.nCopies(limits[0] + 1, "\"x\"")) + "]"), 400, field));
        });
        cases.add(json("name blank", method, path, with("name", "\"   \""), 400, "name"));
        cases.add(json("name with a line break", method, path, with("name", "\"Mika\\nSato\""), 400, "name"));
        cases.add(json("name with a NUL", method, path, with("name", "\"Mi\\u0000ka\""), 400, "name"));
        cases.add(json("name with a lone surrogate", method, path, with("name", "\"Mi\\ud800ka\""), 400, "name"));
        cases.add(json("notes with a control character", method, path, with("notes", "\"a\\u0007b\""), 400, "notes"));
        cases.add(json("email without @", method, path, with("email", "\"mika.example.org\""), 400, "email"));
        cases.add(json("unknown field", method, path, with("nmae", "\"Mika\""), 400, "nmae"));
        cases.add(json("unknown nested field", method, path, with("__proto__", "{\"admin\": true}"), 400, "__proto__"));
        cases.add(json("deep nesting inside a field", method, path, with("notes", "[".repeat(200) + "]".repeat(200)), 400, null));
        if (!method.equals("POST")) {
            cases.add(json("id that does not match the path", method, path, with("id", "\"someone-else\""), 400, "id"));
        }
        return cases;
    }

    private static List<HostileCase> specific() {
        List<HostileCase> cases = new ArrayList<>();
        for (String[] target : new String[][] {{"PUT", "/api/people/newbie"}, {"POST", "/api/people"}}) {
            cases.add(json("no name", target[0], target[1], "{\"kana\": \"みか\"}", 400, "name"));
            cases.add(json("name null", target[0], target[1], "{\"name\": null}", 400, "name"));
            cases.add(json("an empty object", target[0], target[1], "{}", 400, "name"));
        }
        for (String id : Hostile.BAD_BODY_IDS) {
            cases.add(json("POST with id " + quoted(id), "POST", "/api/people", "{\"id\": " + quoted(id) + ", \"name\": \"X\"}", 400, "id"));
        }
        cases.add(json("POST with a taken id", "POST", "/api/people", "{\"id\": \"aiko\", \"name\": \"Other\"}", 409, null));
        cases.add(json("patch removing the name", "PATCH", "/api/people/aiko", "{\"name\": null}", 400, "name"));
        cases.add(json("patch as an array", "PATCH", "/api/people/aiko", "[{\"op\": \"remove\", \"path\": \"/name\"}]", 400, "body"));
        cases.add(json("patch with createdAt as a number", "PATCH", "/api/people/aiko", "{\"createdAt\": 5}", 400, "createdAt"));
        cases.add(json("patch of a missing person", "PATCH", "/api/people/nobody", "{\"name\": \"X\"}", 404, null));
        return cases;
    }

    /** A valid person body with one field set to the raw JSON {@code value}. */
    private static String with(String field, String value) {
        return field.equals("name") ? "{\"name\": " + value + "}" : "{\"name\": \"Mika\", \"" + field + "\": " + value + "}";
    }
}
