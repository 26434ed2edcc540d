package dev.tsunagari.introductions;

import dev.tsunagari.http.ApiException;
import dev.tsunagari.http.FieldError;
import java.util.List;

/** The problem documents of this feature, worded once. */
final class IntroductionProblems {
    private IntroductionProblems() {}

    static ApiException notFound(String id) {
        return ApiException.notFound("No introduction with id " + id);
    }

    static ApiException forbidden(String detail) {
        return new ApiException(403, "/problems/forbidden", "Forbidden", detail, List.of());
    }

    static ApiException unknownPeople(List<FieldError> errors) {
        return new ApiException(422, "/problems/unknown-person", "Unknown person",
                "An introduction names three existing people: "
                        + String.join(", ", errors.stream().map(e -> e.field() + " " + e.message()).toList()),
                errors);
    }

    static ApiException keyReused(String key) {
        return new ApiException(422, "/problems/idempotency-key-reused", "Idempotency-Key reused",
                "Idempotency-Key " + key + " was first used for a different request; use a new key for a new request.",
                List.of(new FieldError("Idempotency-Key", "was first used for a different request")));
    }

    /** A move the introduction's status does not allow; worded with the status the viewer is shown. */
    static ApiException illegalMove(Action action, Introduction shown) {
        String detail = "Cannot " + action.wire() + " introduction " + shown.id() + ": it is " + shown.status()
                + (Status.EXPIRED.wire().equals(shown.status()) ? " (nobody moved it in time)" : "") + ".";
        return new ApiException(409, "/problems/illegal-transition", "Illegal transition", detail, List.of());
    }
}
