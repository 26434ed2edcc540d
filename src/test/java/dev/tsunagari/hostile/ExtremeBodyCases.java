package dev.tsunagari.hostile;

import static dev.tsunagari.hostile.HostileCase.bytes;
import static dev.tsunagari.hostile.HostileCase.json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The same extreme bodies sent to every endpoint that reads one: 10,000 levels of nesting, 10 MB, bytes that are
 * not UTF-8, numbers beyond any 64-bit type as the whole body or where a value is expected.
 */
final class ExtremeBodyCases {
    /** Method, path, and a field the body may carry there. */
    private static final String[][] TARGETS = {
            {"PUT", "/api/people/newbie", "name"}, {"POST", "/api/people", "name"}, {"PATCH", "/api/people/aiko", "name"},
            {"PUT", "/api/ties", "note"}, {"POST", "/api/people/aiko/interactions", "note"},
            {"POST", "/api/introductions", "message"}, {"POST", "/api/introductions/x/agree", "note"},
            {"POST", "/api/introductions/x/outcome", "note"}, {"POST", "/api/cypher", "query"}};
    private static final int DEPTH = 10_000;

    private ExtremeBodyCases() {}

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        byte[] tenMegabytes = new byte[10 * 1024 * 1024];
        Arrays.fill(tenMegabytes, (byte) 'x');
        for (String[] target : TARGETS) {
            String method = target[0];
            String path = target[1];
            String field = target[2];
            // Where no introduction x exists, some of these may be a 404 first: any 4xx, and nothing changes.
            int bodyStatus = path.contains("/x/") ? 0 : 400;
            String bodyField = bodyStatus == 0 ? null : "body";
            cases.add(json("arrays nested 10,000 deep", method, path, "[".repeat(DEPTH) + "]".repeat(DEPTH), bodyStatus, bodyField));
            cases.add(json("objects nested 10,000 deep", method, path,
                    "{\"a\": ".repeat(DEPTH) + "1" + "}".repeat(DEPTH), bodyStatus, bodyField));
            cases.add(json("a field nested 10,000 deep", method, path,
                    "{\"" + field + "\": " + "[".repeat(DEPTH) + "]".repeat(DEPTH) + "}", bodyStatus, null));
            cases.add(bytes("10 MB of text", method, path, tenMegabytes, 413, null));
            cases.add(bytes("10 MB inside a string", method, path, ("{\"" + field + "\": \"" + "あ".repeat(3_500_000) + "\"}")
                    .getBytes(StandardCharsets.UTF_8), 413, null));
            cases.add(bytes("only bytes that are never UTF-8", method, path,
                    new byte[] {(byte) 0xfe, (byte) 0xff, (byte) 0xc0, (byte) 0x80}, bodyStatus, bodyField));
            cases.add(bytes("a lone continuation byte in a string", method, path,
                    concat("{\"" + field + "\": \"a", (byte) 0x80, "b\"}"), bodyStatus, bodyField));
            for (String number : List.of("1e400", "18446744073709551616", "-1e400")) {
                cases.add(json("the whole body is " + number, method, path, number, bodyStatus, bodyField));
                cases.add(json(field + " is " + number, method, path, "{\"" + field + "\": " + number + "}", 0, null));
            }
        }
        byte[] tenMegabyteImport = new byte[10 * 1024 * 1024];
        Arrays.fill(tenMegabyteImport, (byte) '[');
        cases.add(bytes("10 MB to import in no format", "POST", "/api/import?format=xml", tenMegabyteImport, 400, "format"));
        cases.add(json("JSON nested 10,000 deep to import", "POST", "/api/import?format=json",
                "[".repeat(DEPTH) + "]".repeat(DEPTH), 0, null));
        cases.add(bytes("bytes that are never UTF-8 to import", "POST", "/api/import?format=json",
                new byte[] {(byte) 0xfe, (byte) 0xff, (byte) 0xc0, (byte) 0x80}, 0, null));
        cases.add(json("a number beyond 64 bits to import", "POST", "/api/import?format=json",
                "{\"people\": [{\"id\": 18446744073709551616, \"name\": 1e400}]}", 0, null));
        return cases;
    }

    private static byte[] concat(String before, byte middle, String after) {
        byte[] head = before.getBytes(StandardCharsets.UTF_8);
        byte[] tail = after.getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(head, head.length + 1 + tail.length);
        all[head.length] = middle;
        System.arraycopy(tail, 0, all, head.length + 1, tail.length);
        return all;
    }
}
