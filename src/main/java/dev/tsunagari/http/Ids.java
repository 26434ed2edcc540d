package dev.tsunagari.http;

import java.util.regex.Pattern;

/** Ids are 1–128 characters from {@code [A-Za-z0-9._:@-]}, chosen by the client or generated. */
public final class Ids {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:@-]{1,128}");

    private Ids() {}

    public static boolean valid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** Checks an id taken from a path or query; a malformed one is a 400 naming the parameter. */
    public static String require(String field, String id) {
        if (!valid(id)) {
            throw ApiException.invalid(field, "must be 1-128 characters from A-Z a-z 0-9 . _ : @ -");
        }
        return id;
    }
}
