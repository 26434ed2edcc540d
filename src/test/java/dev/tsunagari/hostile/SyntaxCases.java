package dev.tsunagari.hostile;

import static dev.tsunagari.hostile.HostileCase.bytes;
import static dev.tsunagari.hostile.HostileCase.json;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Bodies that are not JSON, not UTF-8, not the right media type or too large, sent to every endpoint with a body. */
final class SyntaxCases {
    /** Method, path and a field that takes text there. */
    private static final String[][] TARGETS = {
            {"PUT", "/api/people/newbie", "name"}, {"POST", "/api/people", "name"}, {"PATCH", "/api/people/aiko", "name"},
            {"PUT", "/api/ties", "note"}};

    private SyntaxCases() {}

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        for (String[] target : TARGETS) {
            String method = target[0];
            String path = target[1];
            String field = target[2];
            for (String[] body : new String[][] {
                    {"empty body", ""}, {"only an opening brace", "{"}, {"missing value", "{\"" + field + "\": }"},
                    {"trailing comma", "{\"" + field + "\": \"x\",}"}, {"single quotes", "{'" + field + "': 'x'}"},
                    {"unquoted key", "{" + field + ": \"x\"}"}, {"trailing garbage", "{\"" + field + "\": \"x\"} garbage"},
                    {"two objects", "{\"" + field + "\": \"x\"}{\"" + field + "\": \"y\"}"},
                    {"a comment", "{\"" + field + "\": \"x\" /* hi */}"}, {"NaN literal", "{\"" + field + "\": NaN}"},
                    {"null", "null"}, {"an array", "[]"}, {"a string", "\"text\""}, {"a number", "42"},
                    {"duplicate keys", "{\"" + field + "\": \"a\", \"" + field + "\": \"b\"}"},
                    {"deep nesting", "[".repeat(1000) + "]".repeat(1000)}}) {
                cases.add(json(body[0], method, path, body[1], 400, "body"));
            }
            cases.add(json("unterminated string", method, path, "{\"" + field + "\": \"x}", 400, null));
            // A merge patch is read as a tree, where no field is being filled yet: the whole body is named.
            cases.add(json("an unknown escape", method, path, "{\"" + field + "\": \"\\x\"}", 400,
                    method.equals("PATCH") ? "body" : field));
            cases.add(bytes("invalid UTF-8 inside a string", method, path,
                    concat("{\"" + field + "\": \"", new byte[] {(byte) 0xff, (byte) 0xfe}, "\"}"), 400, "body"));
            cases.add(bytes("invalid UTF-8 outside strings", method, path,
                    concat("{", new byte[] {(byte) 0xc3, (byte) 0x28}, "}"), 400, "body"));
            cases.add(bytes("overlong UTF-8 encoding of a slash", method, path,
                    concat("{\"" + field + "\": \"", new byte[] {(byte) 0xc0, (byte) 0xaf}, "\"}"), 400, "body"));
            cases.add(bytes("UTF-16 instead of UTF-8", method, path,
                    ("{\"" + field + "\": \"x\"}").getBytes(StandardCharsets.UTF_16), 400, "body"));
            byte[] huge = ("{\"" + field + "\": \"" + "x".repeat(1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
            cases.add(bytes("a body over 1 MiB", method, path, huge, 413, null));
            cases.add(bytes("a chunked body over 1 MiB", method, path, huge, 413, null).chunkedBody());
            String valid = "{\"" + field + "\": \"x\"}";
            for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "application/xml",
                    "multipart/form-data; boundary=x", "application/json; charset=ISO-8859-1", "text/json")) {
                cases.add(json("sent as " + type, method, path, valid, 415, "Content-Type").withHeader("Content-Type", type));
            }
        }
        return cases;
    }

    private static byte[] concat(String before, byte[] middle, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
