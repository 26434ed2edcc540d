package dev.tsunagari.introductions;

import dev.tsunagari.finder.ConnectorStanding;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Hands the finder each intermediary's record as an introducer and whether they are busy. */
public final class IntroducerStanding implements ConnectorStanding {
    private final ConnectorRecords records;
    private final ConnectorLoad load;

    public IntroducerStanding(ConnectorRecords records, ConnectorLoad load) {
        this.records = records;
        this.load = load;
    }

    @Override
    public Map<String, Double> factors(Collection<String> people) {
        Map<String, Double> factors = new HashMap<>();
        records.of(people).forEach((id, record) -> factors.put(id, record.factor()));
        return factors;
    }

    @Override
    public Set<String> busy(Collection<String> people) {
        return load.busy(people);
    }
}
