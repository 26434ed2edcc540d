package dev.tsunagari.ties;

import dev.tsunagari.tiegraph.Contexts;
import java.util.List;

/** How two people know each other. {@code card-exchange} alone never carries an introduction. */
public final class TieContext {
    public static final String CARD_EXCHANGE = Contexts.CARD_EXCHANGE;
    public static final List<String> ALL = Contexts.ALL;

    private TieContext() {}

    public static boolean valid(String context) {
        return ALL.contains(context);
    }

    static String allowed() {
        return String.join(", ", ALL);
    }
}
