package dev.tsunagari.introductions;

import dev.tsunagari.finder.ConnectorStanding;
import java.util.Collection;
import java.util.Set;

/** Tells the finder which intermediaries are busy (their open asks, {@link ConnectorLoad}). */
public final class IntroducerStanding implements ConnectorStanding {
    private final ConnectorLoad load;

    public IntroducerStanding(ConnectorLoad load) {
        this.load = load;
    }

    @Override
    public Set<String> busy(Collection<String> people) {
        return load.busy(people);
    }
}
