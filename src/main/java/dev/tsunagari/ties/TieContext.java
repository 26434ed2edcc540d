package dev.tsunagari.ties;

import java.util.List;

/** How two people know each other. {@code card-exchange} alone never carries an introduction. */
public final class TieContext {
    public static final String CARD_EXCHANGE = "card-exchange";
    public static final List<String> ALL = List.of(
            CARD_EXCHANGE, "met", "online", "worked-together", "friend", "family", "introduced", "other");

    private TieContext() {}

    public static boolean valid(String context) {
        return ALL.contains(context);
    }

    static String allowed() {
        return String.join(", ", ALL);
    }
}
