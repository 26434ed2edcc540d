package dev.tsunagari.introductions;

import dev.tsunagari.http.Validation;
import java.time.LocalDate;
import java.util.List;

/** What a valid body of a move is: an optional note, and for {@code outcome} a known outcome and a past date. */
public final class StepRules {
    public static final List<String> OUTCOMES = List.of("met", "collaboration", "customer", "nothing");

    private StepRules() {}

    /** A checked move: {@code outcome} and {@code at} are set only for the outcome move. */
    record Checked(String note, String outcome, LocalDate at) {}

    static Checked check(Action action, StepInput in, LocalDate today) {
        Validation v = new Validation();
        String note = v.paragraph("note", in.note(), IntroductionRules.MAX_MESSAGE);
        if (action != Action.OUTCOME) {
            if (in.outcome() != null) {
                v.add("outcome", "is only read by POST .../outcome");
            }
            if (in.at() != null) {
                v.add("at", "is only read by POST .../outcome");
            }
            v.throwIfInvalid();
            return new Checked(note, null, null);
        }
        if (in.outcome() == null) {
            v.add("outcome", "is required: one of " + String.join(", ", OUTCOMES));
        } else if (!OUTCOMES.contains(in.outcome())) {
            v.add("outcome", "must be one of " + String.join(", ", OUTCOMES));
        }
        LocalDate at = PastDate.parse(v, "at", in.at(), today);
        v.throwIfInvalid();
        return new Checked(note, in.outcome(), at);
    }
}
