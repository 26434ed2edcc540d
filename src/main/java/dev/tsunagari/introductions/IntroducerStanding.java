package dev.tsunagari.introductions;

import dev.tsunagari.finder.ConnectorStanding;
import java.util.Map;

/** Tells the finder how to mark busy intermediaries (their open asks, {@link ConnectorLoad}). */
public final class IntroducerStanding implements ConnectorStanding {
    private final ConnectorLoad load;

    public IntroducerStanding(ConnectorLoad load) {
        this.load = load;
    }

    @Override
    public Map<String, Object> busyOptions() {
        return load.busyOptions();
    }
}
