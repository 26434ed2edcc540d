package dev.tsunagari.ties;

import dev.tsunagari.http.Ids;
import dev.tsunagari.http.Validation;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** What a valid tie is: ids, a known type and context, strength in [0, 1], ISO dates, two different people. */
public final class TieRules {
    static final double DEFAULT_STRENGTH = 0.5;
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private TieRules() {}

    /** A checked tie ready to store. */
    public record Checked(String from, String to, TieType type, double strength, String context, LocalDate since,
            LocalDate lastContact, String note) {}

    public static Checked check(TieInput in) {
        Validation v = new Validation();
        requireId(v, "from", in.from());
        requireId(v, "to", in.to());
        if (in.from() != null && in.from().equals(in.to())) {
            v.add("to", "must differ from 'from': a tie joins two people");
        }
        TieType type = null;
        if (in.type() == null) {
            v.add("type", "is required: KNOWS, TRUSTS or FAN_OF");
        } else {
            type = TieType.parse(in.type()).orElse(null);
            if (type == null) {
                v.add("type", "must be KNOWS, TRUSTS or FAN_OF");
            }
        }
        double strength = in.strength() == null ? DEFAULT_STRENGTH : in.strength();
        if (!(strength >= 0.0 && strength <= 1.0)) {
            v.add("strength", "must be a number from 0 to 1");
        }
        if (in.context() != null && !TieContext.valid(in.context())) {
            v.add("context", "must be one of " + TieContext.allowed());
        }
        LocalDate since = date(v, "since", in.since());
        LocalDate lastContact = date(v, "lastContact", in.lastContact());
        String note = v.paragraph("note", in.note(), 2000);
        v.throwIfInvalid();
        return new Checked(in.from(), in.to(), type, strength, in.context(), since, lastContact, note);
    }

    private static void requireId(Validation v, String field, String id) {
        if (id == null) {
            v.add(field, "is required");
        } else if (!Ids.valid(id)) {
            v.add(field, Ids.MESSAGE);
        }
    }

    private static LocalDate date(Validation v, String field, String value) {
        if (value == null) {
            return null;
        }
        if (!DATE.matcher(value).matches()) {
            v.add(field, "must be a date YYYY-MM-DD");
            return null;
        }
        try {
            // LocalDate.of rather than parse: the shape is checked already, and a bulk load reads millions.
            return LocalDate.of(Integer.parseInt(value, 0, 4, 10), Integer.parseInt(value, 5, 7, 10),
                    Integer.parseInt(value, 8, 10, 10));
        } catch (DateTimeException e) {
            v.add(field, "must be a real calendar date YYYY-MM-DD");
            return null;
        }
    }
}
