package dev.tsunagari.auth;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an account may do: a viewer reads, a member also adds and changes its own, an admin changes anything. */
public enum AccountRole {
    ADMIN, MEMBER, VIEWER;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AccountRole> parse(String text) {
        return Arrays.stream(values()).filter(r -> r.wire().equals(text)).findFirst();
    }
}
