package dev.tsunagari.http;

import java.nio.ByteBuffer;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty answers some requests before Javalin sees them (a path with {@code %00} or broken UTF-8, a URI or headers
 * too long); without this it would answer them with an HTML page. Here they get the API's problem document too.
 */
final class JettyProblems extends ErrorHandler {
    /** Where the request target is unknown (it could not be parsed): "no particular instance". */
    private static final String UNKNOWN_INSTANCE = "about:blank";

    /** Jetty writes error bodies only for GET, POST and HEAD by default; a rejected PUT deserves one too. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int status, String message, Throwable cause,
            Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problems.MEDIA_TYPE);
        SecurityHeaders.addTo(response.getHeaders());
        response.write(true, ByteBuffer.wrap(Problems.json(problem(status, message, instance(request)))), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Problems.MEDIA_TYPE);
        SecurityHeaders.addTo(fields);
        // Jetty drops the connection after a message it could not parse: say so, or a client may reuse it.
        fields.put(HttpHeader.CONNECTION, "close");
        return ByteBuffer.wrap(Problems.json(problem(status, reason, UNKNOWN_INSTANCE)));
    }

    private static Problem problem(int status, String message, String instance) {
        String detail = status >= 500 || message == null || message.isBlank()
                ? Problems.titleFor(status)
                : "The HTTP request was rejected: " + message;
        return new Problem("about:blank", Problems.titleFor(status), status, detail, instance, List.of());
    }

    private static String instance(Request request) {
        if ("BAD".equals(request.getMethod())) {
            // Jetty could not parse the request line and stands in a "BAD /badMessage" request for it.
            return UNKNOWN_INSTANCE;
        }
        try {
            String path = request.getHttpURI().getPath();
            return path == null || path.isEmpty() ? UNKNOWN_INSTANCE : path;
        } catch (RuntimeException e) {
            return UNKNOWN_INSTANCE;
        }
    }
}
