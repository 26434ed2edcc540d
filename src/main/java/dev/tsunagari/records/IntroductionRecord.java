package dev.tsunagari.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An introduction as the JSON export stores it: every stored property, the ids of its three people and its whole
 * history, so that importing it restores the state without replaying a move. Unlike the API's view it keeps
 * what the workflow reads back (idempotencyKey, connectedAt, the seq of each event) and the stored status, not
 * the effective one: expiry is derived from expiresAt when read.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IntroductionRecord(
        String id,
        String status,
        String mode,
        String message,
        String requester,
        String target,
        String via,
        String idempotencyKey,
        String createdAt,
        String updatedAt,
        String expiresAt,
        String connectedAt,
        String declineNote,
        String outcome,
        String outcomeAt,
        List<Event> events) {

    /** One stored step of the history; {@code by} is absent when the admin acted, {@code from} on the first. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Event(Integer seq, String status, String action, String from, String at, String by, String note) {}
}
