package dev.tsunagari.procedures;

import dev.tsunagari.tiegraph.Viewer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The map of options a procedure takes, read with the REST defaults; an unknown key or a value of the wrong kind
 * fails the call naming the option, so a typo in the console is never silently ignored.
 */
final class Options {
    private final Map<String, Object> values;

    Options(Map<String, Object> values, Set<String> known) {
        this.values = values == null ? Map.of() : values;
        for (String key : this.values.keySet()) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException("unknown option '" + key + "'; known: " + String.join(", ",
                        known.stream().sorted().toList()));
            }
        }
    }

    int integer(String key, int fallback, int min, int max) {
        Object v = values.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())
                || n.doubleValue() < min || n.doubleValue() > max) {
            throw new IllegalArgumentException("option '" + key + "' must be a whole number from " + min + " to " + max);
        }
        return n.intValue();
    }

    double decimal(String key, double fallback, double min, double max) {
        Object v = values.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Number n) || n.doubleValue() < min || n.doubleValue() > max || Double.isNaN(n.doubleValue())) {
            throw new IllegalArgumentException("option '" + key + "' must be a number from " + min + " to " + max);
        }
        return n.doubleValue();
    }

    boolean bool(String key, boolean fallback) {
        Object v = values.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof Boolean b)) {
            throw new IllegalArgumentException("option '" + key + "' must be true or false");
        }
        return b;
    }

    String text(String key, String fallback) {
        Object v = values.get(key);
        if (v == null) {
            return fallback;
        }
        if (!(v instanceof String s)) {
            throw new IllegalArgumentException("option '" + key + "' must be a string");
        }
        return s;
    }

    /** A nested map of options with its own known keys, or null when absent. */
    Options map(String key, Set<String> known) {
        Object v = values.get(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof Map<?, ?> m) || m.keySet().stream().anyMatch(k -> !(k instanceof String))) {
            throw new IllegalArgumentException("option '" + key + "' must be a map");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> nested = (Map<String, Object>) m;
        return new Options(nested, known);
    }

    List<String> strings(String key) {
        Object v = values.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> list) || list.stream().anyMatch(e -> !(e instanceof String))) {
            throw new IllegalArgumentException("option '" + key + "' must be a list of strings");
        }
        return list.stream().map(String.class::cast).toList();
    }

    /** A map option, or null when absent. */
    @SuppressWarnings("unchecked")
    Map<String, Object> map(String key) {
        Object v = values.get(key);
        if (v == null) {
            return null;
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("option '" + key + "' must be a map");
        }
        return (Map<String, Object>) m;
    }

    /** {@code today} as a date or an ISO 8601 string; the day in UTC when absent. */
    LocalDate today() {
        Object v = values.get("today");
        if (v == null) {
            return LocalDate.now(ZoneOffset.UTC);
        }
        if (v instanceof LocalDate date) {
            return date;
        }
        try {
            return LocalDate.parse(String.valueOf(v));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("option 'today' must be a date (ISO 8601, e.g. 2026-12-02)");
        }
    }

    /** {@code caller: {seesAll, account, person}}; absent: sees everyone (the console is for admins). */
    Viewer viewer() {
        Object v = values.get("caller");
        if (v == null) {
            return Viewer.ADMIN;
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("option 'caller' must be a map {seesAll, account, person}");
        }
        Object seesAll = m.get("seesAll");
        Object account = m.get("account");
        Object person = m.get("person");
        return new Viewer(Boolean.TRUE.equals(seesAll),
                account instanceof String a ? a : null, person instanceof String p ? p : null);
    }
}
