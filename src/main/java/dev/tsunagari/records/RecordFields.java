package dev.tsunagari.records;

import dev.tsunagari.http.Ids;
import dev.tsunagari.http.Validation;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The fields every imported introduction and interaction has: ids, RFC 3339 timestamps and ISO 8601 dates. */
public final class RecordFields {
    private RecordFields() {}

    public static void id(Validation v, String field, String value, boolean required) {
        if (value == null ? required : !Ids.valid(value)) {
            v.add(field, value == null ? "is required" : Ids.MESSAGE);
        }
    }

    public static void timestamp(Validation v, String field, String value, boolean required) {
        try {
            if (value != null) {
                OffsetDateTime.parse(value);
            } else if (required) {
                v.add(field, "is required");
            }
        } catch (DateTimeParseException e) {
            v.add(field, "must be an RFC 3339 timestamp like 2026-01-31T09:00:00.000Z");
        }
    }

    public static LocalDate date(Validation v, String field, String value, boolean required) {
        try {
            if (value != null) {
                return LocalDate.parse(value);
            } else if (required) {
                v.add(field, "is required");
            }
        } catch (DateTimeParseException e) {
            v.add(field, "must be a date like 2026-01-31");
        }
        return null;
    }
}
