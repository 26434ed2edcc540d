package dev.tsunagari.introductions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where an introduction stands. {@code closed} is never stored: it is what the requester is shown instead of
 * {@code declined}, so that a "no" stays private.
 */
public enum Status {
    PROPOSED, ASKED, ACCEPTED, DECLINED, CONNECTED, OUTCOME, WITHDRAWN, EXPIRED, CLOSED;

    /** Steps still waiting for someone's move; only these can expire or be withdrawn. */
    public static final Set<Status> OPEN = EnumSet.of(PROPOSED, ASKED, ACCEPTED);

    public String wire() {
        return name().toLowerCase();
    }

    public static Optional<Status> parse(String value) {
        return Arrays.stream(values()).filter(s -> s.wire().equals(value)).findFirst();
    }

    public static Status of(String stored) {
        return parse(stored).orElseThrow(() -> new IllegalStateException("unknown stored status " + stored));
    }

    public boolean open() {
        return OPEN.contains(this);
    }

    /** The wire names accepted by the {@code status} filter: every status, plus {@code open}. */
    public static List<String> filterNames() {
        List<String> names = new ArrayList<>(Arrays.stream(values()).map(Status::wire).toList());
        names.add("open");
        return names;
    }
}
