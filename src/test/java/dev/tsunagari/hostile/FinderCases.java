package dev.tsunagari.hostile;

import static dev.tsunagari.hostile.HostileCase.json;

import java.util.ArrayList;
import java.util.List;

/**
 * Hostile query strings for the finders (intermediaries, paths, search): bad ids, numbers out of range or not
 * numbers at all (full-width digits, 2^64, 1e400, hex, Cypher), broken cursors, each parameter on its own.
 */
final class FinderCases {
    /** Bad whole numbers, URL-encoded: none is a number any whole-number parameter accepts. */
    static final List<String> BAD_WHOLE_NUMBERS = List.of("abc", "-1", "1.5", "1e3", "%EF%BC%95", "%EF%BC%91%EF%BC%90",
            "18446744073709551616", "1e400", "0x10", "%2B%2B1", "1%20OR%201%3D1", "%7D)%20DETACH%20DELETE%20n%20%2F%2F",
            "%24limit", "NaN", "%00");
    /** Bad strengths for minStrength (0 to 1). */
    static final List<String> BAD_STRENGTHS = List.of("abc", "-0.1", "1.1", "NaN", "Infinity", "1e400", "-1e400",
            "%EF%BC%90.5", "0x1p-1", "0.5d", "0.5f", "18446744073709551616", "0.5%20OR%201%3D1", "%00");

    private FinderCases() {}

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        cases.addAll(intermediaries());
        cases.addAll(paths());
        cases.addAll(search());
        return cases;
    }

    private static List<HostileCase> intermediaries() {
        String base = "/api/intermediaries?kind=designer";
        List<HostileCase> cases = new ArrayList<>();
        for (String id : Hostile.BAD_PATH_IDS) {
            cases.add(get(base + "&from=" + id, "from"));
        }
        cases.add(get("/api/intermediaries?kind=designer", "from"));
        cases.add(get("/api/intermediaries?from=aiko", "kind"));
        cases.add(get("/api/intermediaries?from=aiko&kind=" + "x".repeat(201), "kind"));
        cases.add(get("/api/intermediaries?from=aiko&kind=%21%21%21", "kind"));
        cases.add(get(base + "&from=aiko&from=ken", "from"));
        numbers(cases, base + "&from=aiko", List.of("maxHops", "limit", "targetsLimit"));
        for (String value : List.of("0", "3", "99")) {
            cases.add(get(base + "&from=aiko&maxHops=" + value, "maxHops"));
        }
        cases.add(get(base + "&from=aiko&limit=1001", "limit"));
        cases.add(get(base + "&from=aiko&targetsLimit=1001", "targetsLimit"));
        strengths(cases, base + "&from=aiko");
        for (String value : List.of("yes", "1", "%EF%BD%94rue", "tru%C3%A9")) {
            cases.add(get(base + "&from=aiko&includeWeak=" + value, "includeWeak"));
        }
        StringBuilder tags = new StringBuilder("/api/intermediaries?from=aiko");
        for (int i = 0; i < 21; i++) {
            tags.append("&tag=t").append(i);
        }
        cases.add(get(tags.toString(), "tag"));
        return cases;
    }

    private static List<HostileCase> paths() {
        List<HostileCase> cases = new ArrayList<>();
        for (String id : Hostile.BAD_PATH_IDS) {
            cases.add(get("/api/paths?to=ken&from=" + id, "from"));
            cases.add(get("/api/paths?from=aiko&to=" + id, "to"));
        }
        cases.add(get("/api/paths?from=aiko", "to"));
        cases.add(get("/api/paths?to=ken", "from"));
        numbers(cases, "/api/paths?from=aiko&to=ken", List.of("maxLength", "limit"));
        cases.add(get("/api/paths?from=aiko&to=ken&maxLength=11", "maxLength"));
        cases.add(get("/api/paths?from=aiko&to=ken&limit=101", "limit"));
        strengths(cases, "/api/paths?from=aiko&to=ken");
        cases.add(json("an unknown person", "GET", "/api/paths?from=aiko&to=nobody", null, 404, null));
        return cases;
    }

    private static List<HostileCase> search() {
        List<HostileCase> cases = new ArrayList<>();
        cases.add(get("/api/search", "q"));
        cases.add(get("/api/search?q=" + "x".repeat(201), "q"));
        cases.add(get("/api/search?q=%2A%2A%2A", "q"));
        cases.add(get("/api/search?q=a&q=b", "q"));
        for (String id : Hostile.BAD_PATH_IDS) {
            cases.add(get("/api/search?q=designer&from=" + id, "from"));
        }
        numbers(cases, "/api/search?q=designer&from=aiko", List.of("maxDistance", "limit"));
        cases.add(get("/api/search?q=designer&from=aiko&maxDistance=4", "maxDistance"));
        for (String cursor : List.of("!!!", "%FF", Hostile.cursorOf("1|x|aiko"), Hostile.cursorOf("' OR 1=1 //"),
                Hostile.cursorOf("1|0.5"), Hostile.cursorOf(new byte[] {(byte) 0xc0, (byte) 0xaf}))) {
            cases.add(get("/api/search?q=designer&cursor=" + cursor, "cursor"));
        }
        return cases;
    }

    static void numbers(List<HostileCase> cases, String base, List<String> parameters) {
        for (String parameter : parameters) {
            for (String value : BAD_WHOLE_NUMBERS) {
                cases.add(get(base + "&" + parameter + "=" + value, parameter));
            }
        }
    }

    private static void strengths(List<HostileCase> cases, String base) {
        for (String value : BAD_STRENGTHS) {
            cases.add(get(base + "&minStrength=" + value, "minStrength"));
        }
    }

    static HostileCase get(String path, String field) {
        return json(field + " in " + path.replaceFirst("^[^?]*\\?", "?"), "GET", path, null, 400, field);
    }
}
