package dev.tsunagari.hostile;

import static dev.tsunagari.hostile.HostileCase.raw;

import java.util.ArrayList;
import java.util.List;

/**
 * CR, LF and NUL where headers are read, smuggling a second request or a header through the first, folded and
 * duplicated framing headers: the server refuses each request whole (4xx problem), and nothing is written.
 */
final class HeaderInjectionCases {
    private static final String AUTH = "Authorization: Bearer TOKEN\r\n";

    private HeaderInjectionCases() {}

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        String put = "PUT /api/people/mallory HTTP/1.1\r\nHost: localhost\r\n" + AUTH + "Content-Type: application/json\r\n";
        String body = "{\"name\": \"Mallory\"}";
        for (String[] header : new String[][] {
                {"a bare CR in a value", "X-Request-Id: a\rSet-Cookie: x=1\r\n"},
                {"a NUL in a value", "X-Request-Id: a\u0000b\r\n"},
                {"a folded header", "X-Request-Id: a\r\n Set-Cookie: x=1\r\n"},
                {"a space before the colon", "X-Request-Id : a\r\n"},
                {"a name with a space", "X Request Id: a\r\n"},
                {"a name with a CR", "X-Req\rId: a\r\n"},
                {"a byte above ASCII in a name", "X-R\u00ffq: a\r\n"},
                {"a bare CR in the token", "Authorization: Bearer TOKEN\rX-Admin: yes\r\n"},
                {"two Content-Lengths that differ", "Content-Length: 5\r\nContent-Length: " + body.length() + "\r\n"},
                {"Content-Length and chunked together", "Transfer-Encoding: chunked\r\nContent-Length: " + body.length() + "\r\n"},
                {"an unknown transfer coding", "Transfer-Encoding: gzip, chunked\r\nContent-Length: " + body.length() + "\r\n"},
                {"a negative length", "Content-Length: -" + body.length() + "\r\n"},
                {"two Hosts", "Host: evil.example\r\n"}}) {
            boolean framing = header[0].contains("Content-Length") || header[0].contains("chunked") || header[0].contains("coding")
                    || header[0].contains("length");
            String length = framing ? "" : "Content-Length: " + body.length() + "\r\n";
            cases.add(raw(header[0], put + header[1] + length + "\r\n" + body));
            cases.add(raw(header[0] + " (GET)", "GET /api/people HTTP/1.1\r\nHost: localhost\r\n" + AUTH
                    + (framing ? "" : header[1]) + (framing ? header[1] : "") + "\r\n" + (framing ? body : "")));
        }
        for (String[] target : new String[][] {
                {"a bare CR in the request target", "GET /api/people?q=a\rX-Injected:%201 HTTP/1.1"},
                {"a space in the request target", "GET /api/people/a b HTTP/1.1"},
                {"a NUL in the request target", "GET /api/people/a\u0000b HTTP/1.1"},
                {"an encoded CR LF in the path", "PUT /api/people/x%0D%0ASet-Cookie:%20a=1 HTTP/1.1"},
                {"a dot-dot path out of the API", "GET /api/../../etc/passwd HTTP/1.1"},
                {"an absolute URI to another host", "GET http://evil.example/api/people%00 HTTP/1.1"}}) {
            String method = target[1].substring(0, target[1].indexOf(' '));
            String withBody = method.equals("PUT") ? "Content-Type: application/json\r\nContent-Length: " + body.length()
                    + "\r\n\r\n" + body : "\r\n";
            cases.add(raw(target[0], target[1] + "\r\nHost: localhost\r\n" + AUTH + "Connection: close\r\n" + withBody));
        }
        return cases;
    }
}
