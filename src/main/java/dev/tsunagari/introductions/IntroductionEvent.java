package dev.tsunagari.introductions;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One step of an introduction's history: the status it reached, the move that led there, when and by whom
 * ({@code by} is absent when the admin acted). {@code from} is the status before the move.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IntroductionEvent(String status, String action, String from, String at, String by, String note) {

    /** What the requester sees of a decline: that it closed, and when; not who, not why. */
    IntroductionEvent closed() {
        return new IntroductionEvent(Status.CLOSED.wire(), null, null, at, null, null);
    }
}
