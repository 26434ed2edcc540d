package dev.tsunagari.imports;

import dev.tsunagari.records.RecordFields;
import dev.tsunagari.records.IntroductionRecord;
import dev.tsunagari.http.ApiException;
import dev.tsunagari.http.Validation;
import dev.tsunagari.introductions.Action;
import dev.tsunagari.introductions.IntroductionRules;
import dev.tsunagari.introductions.Status;
import dev.tsunagari.introductions.StepRules;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an imported introduction must be before it is stored: ids, known statuses, moves, modes and outcomes, a
 * history numbered in order, and dates and timestamps that parse. The lists are the introductions feature's own
 * (IntroductionRules, StepRules); a stored value outside them would break its reads. A record that fails
 * throws {@link ApiException} naming its fields.
 */
final class IntroductionCheck {
    private static final List<String> MODES = IntroductionRules.MODES;
    private static final List<String> OUTCOMES = StepRules.OUTCOMES;
    private static final String CREATE = "create";

    private IntroductionCheck() {}

    /** The properties to store for a valid introduction; {@code outcomeAt} as a date, as the workflow stores it. */
    static Map<String, Object> introduction(IntroductionRecord in) {
        Validation v = new Validation();
        RecordFields.id(v, "id", in.id(), true);
        status(v, "status", in.status(), true);
        if (in.mode() != null && !MODES.contains(in.mode())) {
            v.add("mode", "must be light or vouched");
        }
        RecordFields.id(v, "requester", in.requester(), true);
        RecordFields.id(v, "target", in.target(), true);
        RecordFields.id(v, "via", in.via(), true);
        RecordFields.timestamp(v, "createdAt", in.createdAt(), true);
        RecordFields.timestamp(v, "updatedAt", in.updatedAt(), true);
        RecordFields.timestamp(v, "expiresAt", in.expiresAt(), false);
        RecordFields.timestamp(v, "connectedAt", in.connectedAt(), false);
        if (in.outcome() != null && !OUTCOMES.contains(in.outcome())) {
            v.add("outcome", "must be one of " + String.join(", ", OUTCOMES));
        }
        LocalDate outcomeAt = RecordFields.date(v, "outcomeAt", in.outcomeAt(), false);
        events(v, in.events());
        v.throwIfInvalid();
        Map<String, Object> props = new HashMap<>();
        props.put("id", in.id());
        props.put("status", in.status());
        props.put("mode", in.mode());
        props.put("message", in.message());
        props.put("idempotencyKey", in.idempotencyKey());
        props.put("createdAt", in.createdAt());
        props.put("updatedAt", in.updatedAt());
        props.put("expiresAt", in.expiresAt());
        props.put("connectedAt", in.connectedAt());
        props.put("declineNote", in.declineNote());
        props.put("outcome", in.outcome());
        props.put("outcomeAt", outcomeAt);
        return props;
    }

    /** A history numbered 1, 2, 3… in order, starting with the create, each step a known move. */
    private static void events(Validation v, List<IntroductionRecord.Event> events) {
        if (events == null || events.isEmpty()) {
            v.add("events", "is required: the history starts with the create");
            return;
        }
        for (int n = 0; n < events.size(); n++) {
            IntroductionRecord.Event e = events.get(n);
            String field = "events[" + n + "]";
            if (e == null) {
                v.add(field, "must be an object");
                continue;
            }
            if (e.seq() == null || e.seq() != n + 1) {
                v.add(field + ".seq", "must be " + (n + 1) + ": the history is numbered from 1 in order");
            }
            status(v, field + ".status", e.status(), true);
            if (!(n == 0 ? CREATE.equals(e.action()) : isAction(e.action()))) {
                v.add(field + ".action", n == 0 ? "must be create" : "must be a move: agree, accept, decline, "
                        + "connect, withdraw or outcome");
            }
            status(v, field + ".from", e.from(), false);
            RecordFields.timestamp(v, field + ".at", e.at(), true);
            RecordFields.id(v, field + ".by", e.by(), false);
        }
    }

    private static boolean isAction(String action) {
        return action != null && List.of(Action.values()).stream().anyMatch(a -> a.wire().equals(action));
    }

    /** A status that is stored; closed is only ever shown. */
    private static void status(Validation v, String field, String value, boolean required) {
        if (value == null ? required : Status.parse(value).filter(s -> s != Status.CLOSED).isEmpty()) {
            v.add(field, "must be one of proposed, asked, accepted, declined, connected, outcome, withdrawn, expired");
        }
    }
}
