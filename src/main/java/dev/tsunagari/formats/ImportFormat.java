package dev.tsunagari.formats;

import dev.tsunagari.http.ApiException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The files Tsunagari reads and writes. Our own CSV comes as two files, so a CSV import or export also names its
 * {@link CsvKind}; LinkedIn and vCard files hold contacts only, which is why only they take an {@code owner}.
 */
public enum ImportFormat {
    LINKEDIN, VCARD, CSV, JSON;

    public static ImportFormat parse(String field, String value) {
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> ApiException.invalid(field, "must be one of linkedin, vcard, csv, json"));
    }

    /** The format named by {@code value}, or null. */
    public static ImportFormat parseOrNull(String value) {
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(value)).findFirst().orElse(null);
    }

    /** Whether contacts from this format may be tied to an owner. */
    public boolean takesOwner() {
        return this == LINKEDIN || this == VCARD;
    }

    public String lowerName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Which of the two CSV files: people or ties. */
    public enum CsvKind {
        PEOPLE, TIES;

        public static Optional<CsvKind> parse(String value) {
            return Arrays.stream(values()).filter(k -> k.name().equalsIgnoreCase(value)).findFirst();
        }
    }
}
