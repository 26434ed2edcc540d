package dev.tsunagari.http;

import java.util.regex.Pattern;

/**
 * Ids are 1–128 characters from {@code [A-Za-z0-9._:@-]}, chosen by the client or generated; except "." and "..",
 * which URLs treat as dot segments (RFC 3986), so most clients could never address them.
 */
public final class Ids {
    private static final Pattern ID = Pattern.compile("(?!\\.{1,2}$)[A-Za-z0-9._:@-]{1,128}");

    public static final String MESSAGE = "must be 1-128 characters from A-Z a-z 0-9 . _ : @ - (and not . or ..)";

    private Ids() {}

    public static boolean valid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** Checks an id taken from a path or query; a malformed one is a 400 naming the parameter. */
    public static String require(String field, String id) {
        if (!valid(id)) {
            throw ApiException.invalid(field, MESSAGE);
        }
        return id;
    }
}
