package dev.tsunagari.tiegraph;

import java.lang.reflect.Array;
import java.util.Iterator;
import java.util.Map;

/**
 * An answer written as JSON text inside Neo4j, so that it crosses Bolt as one string instead of a tree of values
 * converted four times (to Neo4j values, to PackStream, to the driver's values, to the HTTP body). Writes what the
 * answers hold: maps (in their order), lists and arrays, strings, numbers, booleans and null, as Jackson writes
 * them for the API (numbers by {@link Double#toString} and {@link Long#toString}, non-ASCII text as is, control
 * characters escaped). The plugin cannot count on a JSON library inside a Neo4j server, so it has its own.
 */
public final class JsonText {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private JsonText() {}

    public static String of(Object value) {
        StringBuilder out = new StringBuilder(4096);
        write(out, value);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(out, s);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
            while (entries.hasNext()) {
                Map.Entry<?, ?> e = entries.next();
                string(out, String.valueOf(e.getKey()));
                out.append(':');
                write(out, e.getValue());
                if (entries.hasNext()) {
                    out.append(',');
                }
            }
            out.append('}');
        } else if (value instanceof Iterable<?> list) {
            out.append('[');
            Iterator<?> items = list.iterator();
            while (items.hasNext()) {
                write(out, items.next());
                if (items.hasNext()) {
                    out.append(',');
                }
            }
            out.append(']');
        } else if (value.getClass().isArray()) {
            out.append('[');
            for (int k = 0, n = Array.getLength(value); k < n; k++) {
                if (k > 0) {
                    out.append(',');
                }
                write(out, Array.get(value, k));
            }
            out.append(']');
        } else if (value instanceof Double d) {
            number(out, d);
        } else if (value instanceof Float f) {
            number(out, f.doubleValue());
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            string(out, value.toString());
        }
    }

    private static void number(StringBuilder out, double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            // Jackson writes these as strings unless told otherwise; an answer never holds one.
            out.append('"').append(d).append('"');
        } else {
            out.append(d);
        }
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int k = 0, n = s.length(); k < n; k++) {
            char c = s.charAt(k);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
