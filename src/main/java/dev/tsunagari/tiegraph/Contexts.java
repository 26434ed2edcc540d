package dev.tsunagari.tiegraph;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How two people know each other, as a tie's {@code context}, and a one-byte code for each so the tie index keeps
 * no string per tie. Code 0 is "no context"; a value outside {@link #ALL} (only an old store could hold one) gets a
 * code of its own the first time it is seen, so it is kept as it was stored.
 */
public final class Contexts {
    public static final String CARD_EXCHANGE = "card-exchange";
    public static final List<String> ALL = List.of(
            CARD_EXCHANGE, "met", "online", "worked-together", "friend", "family", "introduced", "other");
    public static final byte NONE = 0;
    public static final byte CARD_EXCHANGE_CODE = 1;
    private static final Map<String, Byte> CODES = new ConcurrentHashMap<>();
    private static volatile String[] names = {null};

    static {
        ALL.forEach(Contexts::code);
    }

    private Contexts() {}

    /** The code of a context; {@link #NONE} for null. */
    public static byte code(String context) {
        if (context == null) {
            return NONE;
        }
        Byte known = CODES.get(context);
        return known != null ? known : added(context);
    }

    private static synchronized byte added(String context) {
        Byte known = CODES.get(context);
        if (known != null) {
            return known;
        }
        if (names.length > Byte.MAX_VALUE) {
            throw new IllegalStateException("more than " + Byte.MAX_VALUE + " distinct tie contexts");
        }
        byte code = (byte) names.length;
        String[] more = Arrays.copyOf(names, names.length + 1);
        more[code] = context;
        names = more;
        CODES.put(context, code);
        return code;
    }

    /** The context a code stands for; null for {@link #NONE}. */
    public static String name(byte code) {
        return names[code];
    }
}
