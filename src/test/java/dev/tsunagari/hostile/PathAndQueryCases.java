package dev.tsunagari.hostile;

import static dev.tsunagari.hostile.Hostile.cursorOf;
import static dev.tsunagari.hostile.HostileCase.json;

import dev.tsunagari.support.TestApi;
import java.util.ArrayList;
import java.util.List;

/** Hostile ids in paths, query parameters, routes and methods that do not exist, and requests Jetty refuses. */
final class PathAndQueryCases {
    private static final String PERSON = "{\"name\": \"X\"}";

    private PathAndQueryCases() {}

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        cases.addAll(ids());
        cases.addAll(queries());
        cases.addAll(routes());
        return cases;
    }

    private static List<HostileCase> ids() {
        List<HostileCase> cases = new ArrayList<>();
        for (String id : Hostile.BAD_PATH_IDS) {
            cases.add(json("id " + id, "GET", "/api/people/" + id, null, 400, "id"));
            cases.add(json("id " + id, "PUT", "/api/people/" + id, PERSON, 400, "id"));
            cases.add(json("id " + id, "PATCH", "/api/people/" + id, PERSON, 400, "id"));
            cases.add(json("id " + id, "DELETE", "/api/people/" + id, null, 400, "id"));
            cases.add(json("id " + id, "GET", "/api/people/" + id + "/ties", null, 400, "id"));
            cases.add(json("from " + id, "DELETE", "/api/ties/" + id + "/KNOWS/ken", null, 400, "from"));
            cases.add(json("to " + id, "DELETE", "/api/ties/aiko/KNOWS/" + id, null, 400, "to"));
        }
        for (String type : List.of("knows", "FRIEND", "HAS_TAG", "KNOWS%7CTRUSTS", "%60KNOWS%60", "%24type")) {
            cases.add(json("type " + type, "DELETE", "/api/ties/aiko/" + type + "/ken", null, 400, "type"));
        }
        // Jetty refuses these before routing: a NUL, broken UTF-8, dot segments that climb out of the API.
        for (String id : List.of("%00", "%FF", "a%00b", "%C0%AF", "..", "../x", "%2e%2e", "%2e%2e%2fx")) {
            cases.add(json("raw id " + id, "GET", "/api/people/" + id, null, 0, null));
            cases.add(json("raw id " + id, "PUT", "/api/people/" + id, PERSON, 0, null));
            cases.add(json("raw id " + id, "DELETE", "/api/people/" + id, null, 0, null));
            cases.add(json("raw id " + id, "GET", "/api/people/" + id + "/ties", null, 0, null));
        }
        cases.add(json("empty id", "PUT", "/api/people/", PERSON, 405, null));
        cases.add(json("empty id", "PATCH", "/api/people/", PERSON, 405, null));
        cases.add(json("empty id", "DELETE", "/api/people/", null, 405, null));
        cases.add(json("empty id", "GET", "/api/people//ties", null, 0, null));
        cases.add(json("empty from", "DELETE", "/api/ties//KNOWS/ken", null, 0, null));
        return cases;
    }

    private static List<HostileCase> queries() {
        List<HostileCase> cases = new ArrayList<>();
        for (String list : List.of("/api/people", "/api/people/aiko/ties")) {
            for (String limit : List.of("0", "1001", "abc", "-1", "1.5", "1e3", "99999999999", "1%20OR%201%3D1",
                    "%2410", "0x10", "2%2C3")) {
                cases.add(json("limit " + limit, "GET", list + "?limit=" + limit, null, 400, "limit"));
            }
            cases.add(json("limit twice", "GET", list + "?limit=1&limit=2", null, 400, "limit"));
            for (String cursor : List.of("!!!", "%FF", "a", cursorOf("../x"), cursorOf("' OR 1=1 //"),
                    cursorOf(new byte[] {(byte) 0xff, (byte) 0xfe}), cursorOf("a|KNOWS|../x"), cursorOf("x".repeat(129)),
                    cursorOf("}) DETACH DELETE n //"), cursorOf("$after"))) {
                cases.add(json("cursor " + cursor, "GET", list + "?cursor=" + cursor, null, 400, "cursor"));
            }
            cases.add(json("cursor twice", "GET", list + "?cursor=YQ&cursor=Yg", null, 400, "cursor"));
        }
        cases.add(json("a person id as a ties cursor", "GET", "/api/people/aiko/ties?cursor=" + cursorOf("aiko"), null, 400, "cursor"));
        cases.add(json("an unknown tie type in a cursor", "GET", "/api/people/aiko/ties?cursor=" + cursorOf("a|FRIEND|b"), null, 400, "cursor"));
        cases.add(json("a ties cursor for people", "GET", "/api/people?cursor=" + cursorOf("aiko|KNOWS|ken"), null, 400, "cursor"));
        cases.add(json("q too long", "GET", "/api/people?q=" + "x".repeat(201), null, 400, "q"));
        cases.add(json("q without a word", "GET", "/api/people?q=" + TestApi.encode("!!! ... ***"), null, 400, "q"));
        cases.add(json("q of control characters", "GET", "/api/people?q=%00%01", null, 400, "q"));
        cases.add(json("q twice", "GET", "/api/people?q=a&q=b", null, 400, "q"));
        cases.add(json("tag too long", "GET", "/api/people?tag=" + "タ".repeat(101), null, 400, "tag"));
        return cases;
    }

    private static List<HostileCase> routes() {
        List<HostileCase> cases = new ArrayList<>();
        cases.add(json("wrong method", "PATCH", "/api/ties", "{}", 405, null));
        cases.add(json("wrong method", "GET", "/api/ties", null, 405, null));
        cases.add(json("wrong method", "POST", "/api/people/aiko", PERSON, 405, null));
        cases.add(json("wrong method", "PUT", "/api/people", PERSON, 405, null));
        cases.add(json("wrong method", "DELETE", "/api/people", null, 405, null));
        cases.add(json("wrong method", "POST", "/api/people/aiko/ties", "{}", 405, null));
        cases.add(json("wrong method", "PUT", "/api/ties/aiko/KNOWS/ken", "{}", 405, null));
        cases.add(json("unknown route", "GET", "/api/nope", null, 404, null));
        cases.add(json("unknown route", "DELETE", "/api/ties/aiko/KNOWS", null, 404, null));
        cases.add(json("unknown route", "GET", "/api/people/aiko/ties/extra", null, 404, null));
        cases.add(json("unknown route outside the API", "GET", "/API/people", null, 404, null));
        cases.add(json("a URI longer than Jetty reads", "GET", "/api/people/" + "x".repeat(20_000), null, 414, null));
        cases.add(json("headers larger than Jetty reads", "GET", "/api/people", null, 431, null)
                .withHeader("X-Padding", "x".repeat(20_000)));
        return cases;
    }
}
