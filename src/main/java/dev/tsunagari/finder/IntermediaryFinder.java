package dev.tsunagari.finder;

import dev.tsunagari.auth.Caller;
import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.people.PeopleRepository;
import dev.tsunagari.privacy.Visibility;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.TransactionContext;

/**
 * Whom to ask for an introduction to a kind of person. Starts from the index (the targets), then meets in the
 * middle in one read transaction: the usable hops around {@code from}, around the targets, and (for two
 * intermediaries) the hops joining those two rings, expanded from the smaller side. When more people carry the
 * tags than the asker's ring could reach, {@link TaggedFrontier} expands from the asker instead and only counts
 * the targets. Nothing expands {@code [:KNOWS*..3]} outward from {@code from}.
 */
public final class IntermediaryFinder {
    /** Work bounds: past them the answer says {@code complete: false} instead of running away on a hub. */
    static final int MAX_TARGETS = 20_000;
    static final int MAX_ROWS = 1_000_000;

    private final Graph graph;
    private final Clock clock;
    private final ConnectorStanding standing;
    private final Strategy strategy;
    private final Cypher person;
    private final Cypher targetsByText;
    private final Cypher targetsByTags;
    private final Cypher usableTies;
    private final Cypher usableTiesBetween;
    private final Cypher fansAmong;
    private final Cypher peopleByIds;
    private final TaggedFrontier frontier;

    public IntermediaryFinder(Graph graph, CypherFiles cypher, Clock clock, ConnectorStanding standing) {
        this(graph, cypher, clock, standing, Strategy.AUTO);
    }

    /**
     * Which side to search from: FROM_ASKER also leaves a tag's people unlisted ({@link TaggedFrontier}), for one
     * intermediary or two, at every level. Both sides give the same answer; AUTO picks the cheaper one, level by
     * level (tests force each to prove they agree).
     */
    enum Strategy { AUTO, FROM_TARGETS, FROM_ASKER }

    /** Beyond this many targets per person in the ring, expanding the ring is cheaper than expanding the targets. */
    static final int TARGETS_PER_RING_MEMBER = 20;

    IntermediaryFinder(Graph graph, CypherFiles cypher, Clock clock, ConnectorStanding standing, Strategy strategy) {
        this.graph = graph;
        this.clock = clock;
        this.standing = standing;
        this.strategy = strategy;
        this.person = cypher.get("people/get");
        this.targetsByText = cypher.get("finder/targets_by_text");
        this.targetsByTags = cypher.get("finder/targets_by_tags");
        this.usableTies = cypher.get("finder/usable_ties");
        this.usableTiesBetween = cypher.get("finder/usable_ties_between");
        this.fansAmong = cypher.get("finder/fans_among");
        this.peopleByIds = cypher.get("people/by_ids");
        this.frontier = new TaggedFrontier(cypher);
    }

    /** What one read transaction gathered: the routes found and what the answer needs to show them. */
    private record Gathered(Routes.Found found, Set<String> fans, int targetsFound, boolean complete) {}

    /**
     * The answer, or empty when {@code from} names nobody. {@code caller} decides whose notes may make someone a
     * target of a full-text kind: only notes it may read.
     */
    public Optional<Answer> find(IntermediariesQuery q, Caller caller) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> reader = Visibility.parameters(caller);
        Optional<Gathered> gathered = graph.read(tx -> gather(tx, q, reader, today));
        return gathered.map(g -> {
            Set<String> intermediaries = g.found().byIntermediary().keySet();
            AnswerBuilder builder = new AnswerBuilder(q, today, g.fans(), standing.factors(intermediaries),
                    standing.busy(intermediaries));
            return builder.build(g.found(), g.targetsFound(), g.complete(),
                    ids -> graph.read(tx -> summaries(tx, ids)));
        });
    }

    private Optional<Gathered> gather(TransactionContext tx, IntermediariesQuery q, Map<String, Object> reader,
            LocalDate today) {
        if (!Graph.run(tx, person, Map.of("id", q.from())).hasNext()) {
            return Optional.empty();
        }
        Map<String, Object> base = q.filter().parameters();
        base.put("maxRows", MAX_ROWS + 1);
        boolean[] complete = {true};

        Neighbourhood hood = new Neighbourhood();
        List<Hop> ring = hops(tx, usableTies, base, Map.of("ids", List.of(q.from())), today, complete);
        hood.addAll(ring);
        Set<String> ringIds = new HashSet<>();
        ring.forEach(h -> ringIds.add(h.b()));

        // Tags alone can be counted without listing their people; a full-text kind cannot.
        int tagged = q.kind().isEmpty() ? frontier.count(tx, q.from(), q.tags()) : -1;
        Set<String> targets;
        int targetsFound;
        if (tagged >= 0 && expandFromAskerOnly(tagged, ringIds.size())) {
            targetsFound = tagged;
            targets = frontier.expand(tx, (query, extra) -> hops(tx, query, base, extra, today, complete), q.from(),
                    q.tags(), tagged, strategy == Strategy.AUTO, ringIds, q.maxHops(), hood);
        } else {
            targets = targets(tx, q, reader);
            targetsFound = tagged >= 0 ? tagged : targets.size();
            complete[0] &= targets.size() <= MAX_TARGETS;
            meetInTheMiddle(tx, q, base, hood, ringIds, targets, today, complete);
        }
        Set<String> askers = askers(hood, ringIds, q.maxHops());
        Set<String> reached = new HashSet<>();
        for (String t : targets) {
            if (hood.of(t).keySet().stream().anyMatch(askers::contains)) {
                reached.add(t);
            }
        }
        Set<String> fans = fans(tx, reached, askers);
        Routes.Found found = Routes.find(q.from(), hood, targets, fans, q.maxHops());
        return Optional.of(new Gathered(found, fans, targetsFound, complete[0]));
    }

    /** Meets in the middle between the ring and the listed targets, expanding whichever side is cheaper. */
    private void meetInTheMiddle(TransactionContext tx, IntermediariesQuery q, Map<String, Object> base,
            Neighbourhood hood, Set<String> ringIds, Set<String> targets, LocalDate today, boolean[] complete) {
        if (q.maxHops() == 1) {
            hood.addAll(between(tx, base, ringIds, targets, today, complete));
        } else if (expandFromTargets(targets.size(), ringIds.size())) {
            // Meet in the middle from the targets' side: their neighbours, then the hops joining those to the ring.
            List<Hop> targetRing = hops(tx, usableTies, base, Map.of("ids", List.copyOf(targets)), today, complete);
            hood.addAll(targetRing);
            Set<String> middle = ends(targetRing);
            middle.remove(q.from());
            hood.addAll(between(tx, base, ringIds, middle, today, complete));
        } else {
            // Many targets (a common kind): the ring's neighbours are fewer than the targets' neighbours.
            List<Hop> secondRing = hops(tx, usableTies, base, Map.of("ids", List.copyOf(ringIds)), today, complete);
            hood.addAll(secondRing);
            Set<String> middle = ends(secondRing);
            middle.remove(q.from());
            hood.addAll(between(tx, base, middle, targets, today, complete));
        }
    }

    /**
     * Whether to leave the targets unlisted and expand from the asker (tags only: the full-text index has no
     * count to read): when more people carry the tags than the ring could reach.
     */
    boolean expandFromAskerOnly(int targets, int ring) {
        return switch (strategy) {
            case FROM_TARGETS -> false;
            case FROM_ASKER -> true;
            case AUTO -> targets > ring * TARGETS_PER_RING_MEMBER;
        };
    }

    /** Which side of a two-intermediary search to expand: the targets', unless they far outnumber the ring. */
    boolean expandFromTargets(int targets, int ring) {
        return switch (strategy) {
            case FROM_TARGETS -> true;
            case FROM_ASKER -> false;
            case AUTO -> targets <= ring * TARGETS_PER_RING_MEMBER;
        };
    }

    private static Set<String> ends(List<Hop> hops) {
        Set<String> ends = new HashSet<>();
        hops.forEach(h -> ends.add(h.b()));
        return ends;
    }

    /** The people who could ask a target: the ring, and with two intermediaries those one usable hop beyond it. */
    private static Set<String> askers(Neighbourhood hood, Set<String> ring, int maxHops) {
        Set<String> askers = new HashSet<>(ring);
        if (maxHops == 2) {
            ring.forEach(i -> askers.addAll(hood.of(i).keySet()));
        }
        return askers;
    }

    private Set<String> targets(TransactionContext tx, IntermediariesQuery q, Map<String, Object> reader) {
        Map<String, Object> params = new HashMap<>(reader);
        params.put("from", q.from());
        params.put("tags", q.tags());
        params.put("maxTargets", MAX_TARGETS + 1);
        q.kind().ifPresent(kind -> params.put("query", kind));
        Cypher query = q.kind().isPresent() ? targetsByText : targetsByTags;
        return new HashSet<>(Graph.run(tx, query, params).list(r -> r.get("id").asString()));
    }

    /** Hops joining {@code a} and {@code b}, expanded from the smaller of the two sets. */
    private List<Hop> between(TransactionContext tx, Map<String, Object> base, Set<String> a, Set<String> b,
            LocalDate today, boolean[] complete) {
        if (a.isEmpty() || b.isEmpty()) {
            return List.of();
        }
        Set<String> left = a.size() <= b.size() ? a : b;
        Set<String> right = left == a ? b : a;
        return hops(tx, usableTiesBetween, base, Map.of("left", List.copyOf(left), "right", List.copyOf(right)),
                today, complete);
    }

    private List<Hop> hops(TransactionContext tx, Cypher query, Map<String, Object> base, Map<String, Object> extra,
            LocalDate today, boolean[] complete) {
        Map<String, Object> params = new HashMap<>(base);
        params.putAll(extra);
        List<Hop> hops = Graph.run(tx, query, params).list(r -> Hop.of(r, today));
        if (hops.size() > MAX_ROWS) {
            complete[0] = false;
            return new ArrayList<>(hops.subList(0, MAX_ROWS));
        }
        return hops;
    }

    private Set<String> fans(TransactionContext tx, Set<String> targets, Set<String> of) {
        if (targets.isEmpty() || of.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(Graph.run(tx, fansAmong, Map.of("fans", List.copyOf(targets), "of", List.copyOf(of)))
                .list(r -> r.get("fan").asString() + ">" + r.get("of").asString()));
    }

    private Map<String, PersonSummary> summaries(TransactionContext tx, Collection<String> ids) {
        Map<String, PersonSummary> byId = new HashMap<>();
        Graph.run(tx, peopleByIds, Map.of("ids", List.copyOf(ids)))
                .list(r -> PersonSummary.of(PeopleRepository.asPerson(r.get("p").asNode())))
                .forEach(s -> byId.put(s.id(), s));
        return byId;
    }
}
