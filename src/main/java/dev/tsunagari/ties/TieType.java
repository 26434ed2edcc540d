package dev.tsunagari.ties;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of tie. Only KNOWS and TRUSTS carry an introduction; FAN_OF only raises scores. */
public enum TieType {
    /** An acquaintance; direction carries no meaning. */
    KNOWS,
    /** {@code from} would vouch for {@code to}. */
    TRUSTS,
    /** {@code from} is a fan of {@code to}. */
    FAN_OF;

    public static Optional<TieType> parse(String value) {
        return Arrays.stream(values()).filter(t -> t.name().equals(value)).findFirst();
    }

    /** The suffix of this type's Cypher files, e.g. {@code ties/upsert_fan_of}. */
    String fileSuffix() {
        return name().toLowerCase();
    }
}
