package dev.tsunagari.http;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which {@code Content-Type} a JSON body may arrive with. Tolerant where clients differ harmlessly (any case,
 * parameters, {@code application/merge-patch+json} and other {@code +json} types, no header at all), strict where
 * a body would be misread: another media type or a charset other than UTF-8 is a 415.
 */
final class JsonMediaType {
    private static final Pattern JSON = Pattern.compile("application/(json|[a-z0-9.!#$&^_-]+\\+json)");
    private static final String FIELD = "Content-Type";

    private JsonMediaType() {}

    static void require(String header) {
        if (header == null || header.isBlank()) {
            return;
        }
        String[] parts = header.split(";");
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        if (!JSON.matcher(type).matches()) {
            throw unsupported("must be application/json (or application/merge-patch+json), not " + type);
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter[0].strip().equalsIgnoreCase("charset") && parameter.length == 2
                    && !parameter[1].strip().replace("\"", "").equalsIgnoreCase("utf-8")) {
                throw unsupported("the charset must be UTF-8");
            }
        }
    }

    private static ApiException unsupported(String message) {
        return new ApiException(415, "/problems/unsupported-media-type", "Unsupported media type",
                FIELD + ": " + message, List.of(new FieldError(FIELD, message)));
    }
}
