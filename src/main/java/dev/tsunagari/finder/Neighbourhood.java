package dev.tsunagari.finder;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Usable hops indexed by person: for each pair of people only the strongest usable tie is kept ("where several
 * ties join u and v, the strongest usable one counts").
 */
final class Neighbourhood {
    private final Map<String, Map<String, Hop>> byPerson = new HashMap<>();

    void add(Hop hop) {
        keep(hop.a(), hop.b(), hop);
        keep(hop.b(), hop.a(), new Hop(hop.b(), hop.a(), hop.link()));
    }

    void addAll(Collection<Hop> hops) {
        hops.forEach(this::add);
    }

    private void keep(String from, String to, Hop hop) {
        byPerson.computeIfAbsent(from, k -> new HashMap<>()).merge(to, hop,
                (old, neu) -> neu.score() > old.score()
                        || (neu.score() == old.score() && neu.link().type().compareTo(old.link().type()) > 0) ? neu : old);
    }

    Map<String, Hop> of(String person) {
        return byPerson.getOrDefault(person, Map.of());
    }

    Hop between(String a, String b) {
        return of(a).get(b);
    }

    Set<String> people() {
        return byPerson.keySet();
    }
}
