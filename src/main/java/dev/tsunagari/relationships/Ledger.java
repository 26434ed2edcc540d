package dev.tsunagari.relationships;

import dev.tsunagari.auth.Caller;
import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.introductions.PersonRef;
import dev.tsunagari.privacy.Visibility;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The give-first ledger: with each counterpart, introductions made for them and by them, help given and
 * received. {@code given = introductionsMadeForThem + helpGiven}, {@code received = introductionsMadeByThem +
 * helpReceived}, {@code balance = given - received}; a negative balance means they have given more than they
 * got back, and those come first, most owed first.
 */
final class Ledger {
    private final Graph graph;
    private final Cypher ledger;

    Ledger(Graph graph, CypherFiles cypher) {
        this.graph = graph;
        this.ledger = cypher.get("relationships/ledger");
    }

    /** One counterpart's line. */
    record Entry(PersonRef person, int introductionsMadeForThem, int introductionsMadeByThem, int helpGiven,
            int helpReceived, int given, int received, int balance, boolean theyGaveMore) {}

    /** The whole ledger: totals, every counterpart (ranked) and who gave more than they got back. */
    record View(PersonRef person, int given, int received, int balance, List<Entry> counterparts, List<PersonRef> gaveYouMore) {}

    /** The ledger as {@code caller} sees it: counterparts hidden from it are left out by the statement. */
    View of(PersonRef person, int limit, Caller caller) {
        Map<String, Object> params = Visibility.parameters(caller);
        params.put("id", person.id());
        List<Entry> entries = graph.read(tx -> Graph.run(tx, ledger, params).list(row -> {
            int forThem = row.get("introducedForThem").asInt();
            int byThem = row.get("introducedByThem").asInt();
            int helpGiven = row.get("helpGiven").asInt();
            int helpReceived = row.get("helpReceived").asInt();
            int given = forThem + helpGiven;
            int received = byThem + helpReceived;
            return new Entry(Refs.of(row.get("person")), forThem, byThem, helpGiven, helpReceived, given, received,
                    given - received, received > given);
        }));
        List<Entry> ranked = entries.stream()
                .sorted(Comparator.comparingInt(Entry::balance)
                        .thenComparing(e -> -(e.given() + e.received()))
                        .thenComparing(e -> e.person().id()))
                .toList();
        int given = ranked.stream().mapToInt(Entry::given).sum();
        int received = ranked.stream().mapToInt(Entry::received).sum();
        List<PersonRef> gaveMore = ranked.stream().filter(Entry::theyGaveMore).map(Entry::person).limit(limit).toList();
        return new View(person, given, received, given - received, ranked.stream().limit(limit).toList(), gaveMore);
    }
}
