package dev.tsunagari.http;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/** Collects every field error of one input, so a client learns all that is wrong in one answer. */
public final class Validation {
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t\\r]]|[\\x{FFFE}\\x{FFFF}]");
    private static final Pattern LINE_BREAK = Pattern.compile("[\\n\\r\\t]");
    private final List<FieldError> errors = new ArrayList<>();

    public void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** A one-line text of at most {@code max} characters; returns it trimmed, or null when absent. */
    public String line(String field, String value, boolean required, int max) {
        return text(field, value, required, max, false);
    }

    /** Like {@link #line} but line breaks are allowed. */
    public String paragraph(String field, String value, int max) {
        return text(field, value, false, max, true);
    }

    private String text(String field, String value, boolean required, int max, boolean multiline) {
        if (value == null || value.isBlank()) {
            if (required) {
                add(field, "is required");
            }
            return null;
        }
        String trimmed = value.strip();
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length > max) {
            add(field, "must be at most " + max + " characters, got " + length);
        } else if (CONTROL.matcher(trimmed).find() || (!multiline && LINE_BREAK.matcher(trimmed).find())) {
            add(field, multiline ? "must not contain control characters" : "must be a single line of text");
        } else if (hasLoneSurrogate(trimmed)) {
            add(field, "must be valid Unicode text");
        }
        return trimmed;
    }

    /** A list of short texts, trimmed, without blanks or repeats; null when absent. */
    public List<String> lines(String field, List<String> values, int maxItems, int maxLength) {
        if (values == null) {
            return null;
        }
        if (values.size() > maxItems) {
            add(field, "must have at most " + maxItems + " items");
            return values;
        }
        LinkedHashSet<String> kept = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String item = line(field + "[" + i + "]", values.get(i), true, maxLength);
            if (item != null) {
                kept.add(item);
            }
        }
        return List.copyOf(kept);
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
