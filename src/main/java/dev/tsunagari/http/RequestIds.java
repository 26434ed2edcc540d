package dev.tsunagari.http;

import io.javalin.http.Context;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Gives every request an id that ties its log line to what the client saw: the caller's {@code X-Request-Id}
 * when it is 1–128 characters of {@code [A-Za-z0-9._:@-]} (so it can be logged and put in a URI as it is),
 * otherwise a new random one. It is echoed in the response header and in each problem's {@code instance}.
 */
public final class RequestIds {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final String ATTRIBUTE = "tsunagari.requestId";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:@-]{1,128}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private RequestIds() {}

    /** A before-handler for every route. */
    public static void assign(Context ctx) {
        String given = ctx.header(HEADER);
        String id = given != null && VALID.matcher(given).matches() ? given : generate();
        ctx.attribute(ATTRIBUTE, id);
        ctx.header(HEADER, id);
        MDC.put(MDC_KEY, id);
    }

    /** The id of this request; assigned here if no before-handler ran (a request refused before routing). */
    public static String of(Context ctx) {
        String id = ctx.attribute(ATTRIBUTE);
        if (id == null) {
            assign(ctx);
            id = ctx.attribute(ATTRIBUTE);
        }
        return id;
    }

    /**
     * A problem's {@code instance}: the path with the request id as fragment, {@code /api/people/x#request-ID}.
     * The fragment keeps it a valid URI reference that still names the resource, and is never sent back by a
     * client that follows it.
     */
    public static String instance(Context ctx) {
        return ctx.path() + "#request-" + of(ctx);
    }

    static String generate() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
