package dev.tsunagari.hostile;

import dev.tsunagari.support.TestApi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** HTTP/1.1 by hand over a socket, for requests no client library will send; reads the answer to the end. */
final class RawHttp {
    private RawHttp() {}

    static TestApi.Response send(String request) {
        URI base = URI.create(TestApi.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A body larger than the server accepts, written on its own thread while this one reads: the server answers
     * 413 before the body is in and closes the connection, so a client that only reads after writing everything
     * (as HTTP client libraries do) may find the connection reset before it sees the answer.
     */
    static TestApi.Response sendWhileReading(String method, String path, Map<String, String> headers, byte[] body) {
        URI base = URI.create(TestApi.baseUrl());
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            Thread writer = new Thread(() -> {
                try {
                    out.write(head.toString().getBytes(StandardCharsets.UTF_8));
                    out.write(body);
                    out.flush();
                } catch (IOException e) {
                    // The server stopped reading once it had refused the body: expected.
                }
            });
            writer.setDaemon(true);
            writer.start();
            return parse(readOneAnswer(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads until one whole answer is in (its length or its last chunk), not until the connection ends. */
    private static String readOneAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (true) {
            String sofar = read.toString(StandardCharsets.UTF_8);
            int end = sofar.indexOf("\r\n\r\n");
            if (end >= 0) {
                String lower = sofar.substring(0, end).toLowerCase(Locale.ROOT);
                int length = lower.indexOf("content-length:");
                if (length >= 0) {
                    int lineEnd = lower.indexOf("\r\n", length);
                    int expected = Integer.parseInt(lower.substring(length + 15, lineEnd < 0 ? end : lineEnd).strip());
                    if (read.size() - (end + 4) >= expected) {
                        return sofar;
                    }
                } else if (sofar.endsWith("\r\n0\r\n\r\n") || sofar.endsWith("\n0\r\n\r\n")) {
                    return sofar;
                }
            }
            int n;
            try {
                n = in.read(buffer);
            } catch (IOException e) {
                if (read.size() > 0) {
                    return read.toString(StandardCharsets.UTF_8);
                }
                throw e;
            }
            if (n < 0) {
                return read.toString(StandardCharsets.UTF_8);
            }
            read.write(buffer, 0, n);
        }
    }

    private static TestApi.Response parse(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        if (!answer.startsWith("HTTP/1.1 ") || end < 0) {
            throw new AssertionError("not an HTTP answer: " + answer);
        }
        String head = answer.substring(0, end);
        int status = Integer.parseInt(head.substring(9, 12));
        String contentType = "";
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                contentType = line.substring("content-type:".length()).strip();
            }
        }
        String body = answer.substring(end + 4);
        if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
            body = unchunk(body);
        }
        return new TestApi.Response(status, contentType, body, null);
    }

    private static String unchunk(String body) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, lineEnd).split(";")[0].strip(), 16);
            if (size == 0) {
                return out.toString();
            }
            // Sizes count bytes; the problem documents here are ASCII, so characters and bytes agree.
            out.append(body, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
