package dev.tsunagari.introductions;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An introduction as the API shows it. {@code status} is effective: an open introduction whose
 * {@code expiresAt} has passed reads as {@code expired}. {@code declineNote} is only ever shown to via, the
 * target and the admin.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Introduction(
        String id,
        String status,
        String mode,
        String message,
        PersonRef requester,
        PersonRef target,
        PersonRef via,
        String createdAt,
        String updatedAt,
        String expiresAt,
        String declineNote,
        String outcome,
        String outcomeAt,
        List<IntroductionEvent> history) {

    Status effectiveStatus() {
        return Status.of(status);
    }

    /** The same introduction with a decline turned into {@code closed}, without who declined or why. */
    Introduction asSeenByRequester() {
        if (!Status.DECLINED.wire().equals(status)) {
            return this;
        }
        List<IntroductionEvent> events = history.stream()
                .map(e -> Status.DECLINED.wire().equals(e.status()) ? e.closed() : e)
                .toList();
        return new Introduction(id, Status.CLOSED.wire(), mode, message, requester, target, via, createdAt,
                updatedAt, null, null, null, null, events);
    }
}
