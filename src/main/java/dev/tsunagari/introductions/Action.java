package dev.tsunagari.introductions;

import static dev.tsunagari.introductions.Role.REQUESTER;
import static dev.tsunagari.introductions.Role.TARGET;
import static dev.tsunagari.introductions.Role.VIA;

import java.util.EnumSet;
import java.util.Set;

/**
 * The moves of the double opt-in, each legal from some statuses and by some parties. This table is the whole
 * lifecycle; anything it does not allow is a 409.
 *
 * <pre>
 *   proposed --agree (via)--> asked --accept (target)--> accepted --connect (via)--> connected --outcome--> outcome
 *   proposed --decline (via)--> declined      asked --decline (target)--> declined
 *   proposed | asked | accepted --withdraw (requester or via)--> withdrawn
 *   proposed | asked | accepted --(expiry passes)--> expired
 * </pre>
 * An outcome may be recorded again (met, later a customer); each one is kept in the history.
 */
public enum Action {
    AGREE(Status.ASKED, EnumSet.of(Status.PROPOSED)),
    ACCEPT(Status.ACCEPTED, EnumSet.of(Status.ASKED)),
    DECLINE(Status.DECLINED, EnumSet.of(Status.PROPOSED, Status.ASKED)),
    CONNECT(Status.CONNECTED, EnumSet.of(Status.ACCEPTED)),
    WITHDRAW(Status.WITHDRAWN, Status.OPEN),
    OUTCOME(Status.OUTCOME, EnumSet.of(Status.CONNECTED, Status.OUTCOME));

    private final Status to;
    private final Set<Status> from;

    Action(Status to, Set<Status> from) {
        this.to = to;
        this.from = from;
    }

    public Status to() {
        return to;
    }

    public boolean allowedFrom(Status status) {
        return from.contains(status);
    }

    /** Who may make this move from {@code status}: the one the step waits for. */
    public Set<Role> actors(Status status) {
        return switch (this) {
            case AGREE, CONNECT -> EnumSet.of(VIA);
            case ACCEPT -> EnumSet.of(TARGET);
            case DECLINE -> status == Status.PROPOSED ? EnumSet.of(VIA) : EnumSet.of(TARGET);
            case WITHDRAW -> EnumSet.of(REQUESTER, VIA);
            case OUTCOME -> EnumSet.of(REQUESTER, TARGET, VIA);
        };
    }

    public String wire() {
        return name().toLowerCase();
    }

    /** Whether the introduction still waits for a move after this one (and so needs a new expiry). */
    public boolean leavesOpen() {
        return to.open();
    }
}
