package dev.tsunagari.introductions;

import dev.tsunagari.http.Validation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** A date a client reports something happened on ({@code YYYY-MM-DD}): real, and not after today. */
public final class PastDate {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private PastDate() {}

    /** The date, or {@code today} when absent; a bad one is added to {@code v} and null returned. */
    public static LocalDate parse(Validation v, String field, String value, LocalDate today) {
        if (value == null) {
            return today;
        }
        if (!DATE.matcher(value).matches()) {
            v.add(field, "must be a date YYYY-MM-DD");
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.isAfter(today)) {
                v.add(field, "must not be in the future (today is " + today + ")");
            }
            return date;
        } catch (DateTimeParseException e) {
            v.add(field, "must be a real calendar date YYYY-MM-DD");
            return null;
        }
    }
}
