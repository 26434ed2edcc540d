package dev.tsunagari.hostile;

import static dev.tsunagari.hostile.FinderCases.get;
import static dev.tsunagari.hostile.HostileCase.json;
import static dev.tsunagari.hostile.Hostile.quoted;

import java.util.ArrayList;
import java.util.List;

/**
 * Accounts and {@code /api/me}: bad roles, names and person ids in bodies, bad account ids in paths, broken
 * numbers and cursors in the list, and forged bearer tokens. None of them may create, change or revoke an account.
 */
final class AccountCases {
    private static final String ACCOUNTS = "/api/accounts";
    private static final List<String> NOT_STRINGS = List.of("18446744073709551616", "1e400", "true", "[]", "{}");

    private AccountCases() {}

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        cases.addAll(creation());
        cases.addAll(byId());
        cases.addAll(listAndMe());
        return cases;
    }

    private static List<HostileCase> creation() {
        List<HostileCase> cases = new ArrayList<>();
        for (String role : List.of("", "ADMIN", "root", "admin ", "superuser", "' OR 1=1 //", "管理者")) {
            cases.add(create("role " + quoted(role), "{\"name\": \"Guest\", \"role\": " + quoted(role) + "}", "role"));
        }
        for (String id : Hostile.BAD_BODY_IDS) {
            cases.add(create("person " + quoted(id),
                    "{\"name\": \"Guest\", \"role\": \"viewer\", \"person\": " + quoted(id) + "}", "person"));
        }
        for (String value : NOT_STRINGS) {
            cases.add(create("name as " + value, "{\"name\": " + value + ", \"role\": \"viewer\"}", "name"));
            cases.add(create("role as " + value, "{\"name\": \"Guest\", \"role\": " + value + "}", "role"));
            cases.add(create("person as " + value, "{\"name\": \"Guest\", \"role\": \"viewer\", \"person\": " + value + "}",
                    "person"));
        }
        cases.add(create("no name", "{\"role\": \"viewer\"}", "name"));
        cases.add(create("blank name", "{\"name\": \"  \", \"role\": \"viewer\"}", "name"));
        cases.add(create("name too long", "{\"name\": " + quoted("名".repeat(201)) + ", \"role\": \"viewer\"}", "name"));
        cases.add(create("no role", "{\"name\": \"Guest\"}", "role"));
        cases.add(create("a token of its own", "{\"name\": \"Guest\", \"role\": \"admin\", \"token\": \"chosen\"}", "token"));
        cases.add(create("a hash of its own", "{\"name\": \"Guest\", \"role\": \"admin\", \"tokenHash\": \"00\"}", "tokenHash"));
        cases.add(json("a person nobody knows", "POST", ACCOUNTS,
                "{\"name\": \"Guest\", \"role\": \"member\", \"person\": \"nobody\"}", 422, "person"));
        for (String body : List.of("[]", "null", "\"admin\"", "{\"name\": \"Guest\", \"role\": \"viewer\"", "{\"name\": }")) {
            cases.add(json("body " + body, "POST", ACCOUNTS, body, 0, null));
        }
        return cases;
    }

    private static List<HostileCase> byId() {
        List<HostileCase> cases = new ArrayList<>();
        for (String id : Hostile.BAD_PATH_IDS) {
            String path = ACCOUNTS + "/" + id;
            cases.add(json("id " + id, "GET", path, null, 400, "id"));
            cases.add(json("id " + id, "DELETE", path, null, 400, "id"));
            cases.add(json("id " + id, "POST", path + "/rotate", null, 400, "id"));
            cases.add(json("id " + id, "PATCH", path, "{\"role\": \"admin\"}", 400, "id"));
        }
        String nobody = ACCOUNTS + "/00000000-0000-0000-0000-000000000000";
        cases.add(json("nobody", "GET", nobody, null, 404, null));
        cases.add(json("nobody", "DELETE", nobody, null, 404, null));
        cases.add(json("nobody", "POST", nobody + "/rotate", null, 404, null));
        cases.add(json("nobody", "PATCH", nobody, "{\"role\": \"admin\"}", 404, null));
        for (String body : List.of("[]", "\"admin\"", "42", "{\"role\": ")) {
            cases.add(json("patch " + body, "PATCH", nobody, body, 0, null));
        }
        return cases;
    }

    private static List<HostileCase> listAndMe() {
        List<HostileCase> cases = new ArrayList<>();
        FinderCases.numbers(cases, ACCOUNTS + "?x=1", List.of("limit"));
        for (String cursor : List.of("!!!", "%FF", Hostile.cursorOf("' OR 1=1 //"), Hostile.cursorOf("../x"))) {
            cases.add(get(ACCOUNTS + "?cursor=" + cursor, "cursor"));
        }
        for (String token : List.of("' OR 1=1 //", "x".repeat(4096), "null", "TOKEN ", "%E5%90%8D%E5%89%8D")) {
            cases.add(json("forged token", "GET", "/api/me", null, 401, null).withHeader("Authorization", "Bearer " + token));
            cases.add(json("forged token", "POST", ACCOUNTS, "{\"name\": \"Guest\", \"role\": \"admin\"}", 401, null)
                    .withHeader("Authorization", "Bearer " + token));
        }
        cases.add(json("no scheme", "GET", "/api/me", null, 401, null).withHeader("Authorization", "Basic YWRtaW46YWRtaW4="));
        return cases;
    }

    private static HostileCase create(String name, String body, String field) {
        return json(name, "POST", ACCOUNTS, body, 400, field);
    }
}
