package dev.tsunagari.http;

import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Query parameters read and checked at the edge; anything out of range is a 400 naming the parameter. */
public final class Params {
    /** ASCII only: Java's parsers also read other scripts' digits ("５" is 5), which no client means to send. */
    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]{1,10}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]{1,20}(\\.[0-9]{0,20})?|\\.[0-9]{1,20})");
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 1000;

    private Params() {}

    public static int limit(Context ctx) {
        return integer(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    }

    public static int integer(Context ctx, String name, int fallback, int min, int max) {
        String raw = single(ctx, name).orElse(null);
        if (raw == null) {
            return fallback;
        }
        try {
            if (!WHOLE.matcher(raw.trim()).matches()) {
                throw new NumberFormatException("not ASCII digits");
            }
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                throw ApiException.invalid(name, "must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ApiException.invalid(name, "must be a whole number between " + min + " and " + max);
        }
    }

    public static double decimal(Context ctx, String name, double fallback, double min, double max) {
        String raw = single(ctx, name).orElse(null);
        if (raw == null) {
            return fallback;
        }
        try {
            if (!DECIMAL.matcher(raw.trim()).matches()) {
                throw new NumberFormatException("not a plain decimal");
            }
            double value = Double.parseDouble(raw.trim());
            if (!(value >= min && value <= max)) {
                throw ApiException.invalid(name, "must be a number between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ApiException.invalid(name, "must be a number between " + min + " and " + max);
        }
    }

    public static boolean bool(Context ctx, String name, boolean fallback) {
        String raw = single(ctx, name).orElse(null);
        if (raw == null) {
            return fallback;
        }
        return switch (raw.trim().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.invalid(name, "must be true or false");
        };
    }

    /** A parameter given at most once; an empty value counts as absent. */
    public static Optional<String> single(Context ctx, String name) {
        List<String> values = ctx.queryParams(name);
        if (values.size() > 1) {
            throw ApiException.invalid(name, "may be given only once");
        }
        return values.isEmpty() || values.get(0).isBlank() ? Optional.empty() : Optional.of(values.get(0));
    }

    public static String required(Context ctx, String name) {
        return single(ctx, name).orElseThrow(() -> ApiException.invalid(name, "is required"));
    }

    /** The key a list resumes after, decoded from the opaque {@code cursor} parameter. */
    public static Optional<String> cursor(Context ctx) {
        return cursor(ctx, key -> true);
    }

    /**
     * Like {@link #cursor(Context)}, but a key the list could not have issued (tampered with, or taken from another
     * list) is a 400 rather than a silently odd page.
     */
    public static Optional<String> cursor(Context ctx, Predicate<String> issuedByThisList) {
        return single(ctx, "cursor").map(raw -> {
            try {
                String key = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(Base64.getUrlDecoder().decode(raw.strip())))
                        .toString();
                if (key.isEmpty() || !issuedByThisList.test(key)) {
                    throw notIssued();
                }
                return key;
            } catch (IllegalArgumentException | CharacterCodingException e) {
                throw notIssued();
            }
        });
    }

    private static ApiException notIssued() {
        return ApiException.invalid("cursor", "is not a cursor this list issued; pass the 'next' value unchanged");
    }

    public static String encodeCursor(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }
}
