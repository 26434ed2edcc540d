package dev.tsunagari.hostile;

import dev.tsunagari.support.TestApi;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One hostile request and what the service must answer: {@code status} exactly (0: any 4xx) and, for validation
 * problems, an {@code errors[].field} naming {@code field}.
 */
record HostileCase(String name, String method, String path, byte[] body, boolean chunked, Map<String, String> headers,
        int status, String field, String rawRequest) {
    /** Bodies above this go over a socket that reads while it writes (see {@link RawHttp#sendWhileReading}). */
    private static final int OVERSIZED = 4 * 1024 * 1024;

    /** A JSON (or not quite JSON) body sent as application/json with the right token. */
    static HostileCase json(String name, String method, String path, String body, int status, String field) {
        return bytes(name, method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), status, field);
    }

    static HostileCase bytes(String name, String method, String path, byte[] body, int status, String field) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + TestApi.TOKEN);
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        return new HostileCase(name, method, path, body, false, headers, status, field, null);
    }

    /**
     * A request written byte for byte on a socket ({@code TOKEN} stands for the admin token): header injection that
     * an HTTP client library refuses to send. The server answers these before routing, without field names.
     */
    static HostileCase raw(String name, String request) {
        String firstLine = request.substring(0, Math.max(0, request.indexOf('\r')));
        return new HostileCase(name, "RAW", firstLine, null, false, Map.of(), 0, null,
                request.replace("TOKEN", TestApi.TOKEN));
    }

    HostileCase withHeader(String header, String value) {
        Map<String, String> changed = new LinkedHashMap<>(headers);
        changed.put(header, value);
        return new HostileCase(name, method, path, body, chunked, changed, status, field, rawRequest);
    }

    HostileCase chunkedBody() {
        return new HostileCase(name, method, path, body, true, headers, status, field, rawRequest);
    }

    TestApi.Response send() {
        if (rawRequest != null) {
            return RawHttp.send(rawRequest);
        }
        if (body != null && body.length > OVERSIZED && !chunked) {
            return RawHttp.sendWhileReading(method, path, headers, body);
        }
        return TestApi.exchange(method, path, body, chunked, headers);
    }

    @Override
    public String toString() {
        return method + " " + (path.length() > 60 ? path.substring(0, 60) + "…" : path) + ": " + name;
    }
}
