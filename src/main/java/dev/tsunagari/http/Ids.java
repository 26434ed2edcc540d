package dev.tsunagari.http;

/**
 * Ids are 1–128 characters from {@code [A-Za-z0-9._:@-]}, chosen by the client or generated; except "." and "..",
 * which URLs treat as dot segments (RFC 3986), so most clients could never address them.
 */
public final class Ids {
    public static final String MESSAGE = "must be 1-128 characters from A-Z a-z 0-9 . _ : @ - (and not . or ..)";

    private Ids() {}

    public static boolean valid(String id) {
        if (id == null || id.isEmpty() || id.length() > 128 || id.equals(".") || id.equals("..")) {
            return false;
        }
        // By hand rather than a pattern: a bulk load checks two ids per tie, millions of times.
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == ':' || c == '@' || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }


    /** Checks an id taken from a path or query; a malformed one is a 400 naming the parameter. */
    public static String require(String field, String id) {
        if (!valid(id)) {
            throw ApiException.invalid(field, MESSAGE);
        }
        return id;
    }
}
