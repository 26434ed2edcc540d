package dev.tsunagari.procedures;

import dev.tsunagari.tiegraph.Connectors;
import dev.tsunagari.tiegraph.HopRule;
import dev.tsunagari.tiegraph.Hops;
import dev.tsunagari.tiegraph.Reach;
import dev.tsunagari.tiegraph.Targets;
import dev.tsunagari.tiegraph.TieGraph;
import dev.tsunagari.tiegraph.Viewer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.kernel.api.KernelTransaction;
import org.neo4j.graphdb.Transaction;
import org.neo4j.procedure.Context;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Mode;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.Procedure;

/** {@code tsunagari.reach} and {@code tsunagari.connectors}: the connector views, each in one call. */
public final class RelationshipProcedures {
    static final int MAX_BRIDGED = 100;
    static final int SAMPLE = 5;
    private static final Set<String> REACH_OPTIONS = Set.of("minStrength", "includeWeak", "caller", "source");
    private static final Set<String> CONNECTORS_OPTIONS = Set.of("tags", "minStrength", "includeWeak", "skip",
            "limit", "caller", "source");

    @Context
    public Transaction tx;

    /** For the full-text hits only ({@link Matches}): the reason these procedures are unrestricted. */
    @Context
    public KernelTransaction ktx;

    @Context
    public GraphDatabaseService db;

    /** The reach of one person. */
    public static final class ReachRow {
        public final Map<String, Object> person;
        public final long withinOneHop;
        public final long withinTwoHops;
        public final List<Map<String, Object>> kinds;
        public final long onlyBridgeForCount;
        public final List<Map<String, Object>> onlyBridgeFor;

        ReachRow(Map<String, Object> person, Reach.View view, List<Map<String, Object>> onlyBridgeFor) {
            this.person = person;
            this.withinOneHop = view.withinOneHop();
            this.withinTwoHops = view.withinTwoHops();
            this.kinds = view.kinds().stream().map(k -> Map.<String, Object>of("kind", k.kind(),
                    "withinOneHop", (long) k.withinOneHop(), "withinTwoHops", (long) k.withinTwoHops())).toList();
            this.onlyBridgeForCount = view.onlyBridgeFor().size();
            this.onlyBridgeFor = onlyBridgeFor;
        }
    }

    /** One connector. */
    public static final class ConnectorRow {
        public final Map<String, Object> person;
        public final long reaches;
        public final long routes;
        public final List<String> sample;

        ConnectorRow(Map<String, Object> person, Connectors.Connector c, List<String> sample) {
            this.person = person;
            this.reaches = c.reaches();
            this.routes = c.routes();
            this.sample = sample;
        }
    }

    @Procedure(name = "tsunagari.reach", mode = Mode.READ)
    @Description("The connector view of one person: tsunagari.reach(id, {minStrength: 0.0, includeWeak: false, "
            + "caller: {seesAll, account, person}}) YIELD person, withinOneHop, withinTwoHops, kinds, "
            + "onlyBridgeForCount, onlyBridgeFor - how many people they reach within one and two usable hops, the "
            + "kinds (tags) among them most reached first, and whom they are the only bridge for (at most 100 shown, "
            + "by id; the count is exact). No row when the person is unknown or hidden from the caller.")
    public Stream<ReachRow> reach(@Name("id") String id,
            @Name(value = "options", defaultValue = "{}") Map<String, Object> options) {
        return Reread.of(() -> reachOnce(id, options));
    }

    private Stream<ReachRow> reachOnce(String id, Map<String, Object> options) {
        Options o = new Options(options, REACH_OPTIONS);
        HopRule rule = new HopRule(o.decimal("minStrength", 0.0, 0.0, 1.0), o.bool("includeWeak", false));
        Viewer viewer = o.viewer();
        TieGraph graph = Sources.choose(o.text("source", "auto"), db, tx);
        int person = id == null ? TieGraph.NONE : graph.person(id);
        if (person == TieGraph.NONE || viewer.hides(graph, person)) {
            return Stream.empty();
        }
        Hops hops = new Hops(graph, rule, o.today());
        PeopleProperties read = new PeopleProperties(tx, graph);
        Reach.View view = Reach.of(hops, person, read::tags);
        List<Map<String, Object>> bridged = new ArrayList<>();
        for (String other : view.onlyBridgeFor()) {
            int p = graph.person(other);
            // NONE: read from the store, and deleted since the view was computed.
            if (bridged.size() < MAX_BRIDGED && p != TieGraph.NONE && !viewer.hides(graph, p)) {
                bridged.add(read.ref(p));
            }
        }
        return Stream.of(new ReachRow(read.ref(person), view, bridged));
    }

    @Procedure(name = "tsunagari.connectors", mode = Mode.READ)
    @Description("Who to ask about a kind of person: tsunagari.connectors(kind or null, {tags: [...], "
            + "minStrength: 0.0, includeWeak: false, skip: 0, limit: 20, caller: {seesAll, account, person}}) "
            + "YIELD person, reaches, routes, sample - the people who reach the most people of the kind (a full-text "
            + "query, and/or carriers of every tag) within two usable hops, then through the most independent "
            + "routes, then by id; sample: up to five of those reached, by id. Private people hidden from the "
            + "caller are left out.")
    public Stream<ConnectorRow> connectors(@Name("kind") String kind,
            @Name(value = "options", defaultValue = "{}") Map<String, Object> options) {
        return Reread.of(() -> connectorsOnce(kind, options));
    }

    private Stream<ConnectorRow> connectorsOnce(String kind, Map<String, Object> options) {
        Options o = new Options(options, CONNECTORS_OPTIONS);
        List<String> tags = o.strings("tags").stream()
                .map(t -> Normalizer.normalize(t, Normalizer.Form.NFKC).strip())
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
        if (tags.isEmpty() && kind == null) {
            throw new IllegalArgumentException("give kind (a full-text query) or option 'tags' (a list)");
        }
        HopRule rule = new HopRule(o.decimal("minStrength", 0.0, 0.0, 1.0), o.bool("includeWeak", false));
        int skip = o.integer("skip", 0, 0, Integer.MAX_VALUE);
        int limit = o.integer("limit", 20, 1, 100_000);
        Viewer viewer = o.viewer();
        TieGraph graph = Sources.choose(o.text("source", "auto"), db, tx);
        Targets targets = targets(graph, Optional.ofNullable(kind), tags, viewer);
        Connectors connectors = new Connectors(new Hops(graph, rule, o.today()), targets);
        PeopleProperties read = new PeopleProperties(tx, graph);
        return connectors.ranked().stream()
                .filter(c -> !viewer.hides(graph, c.person()))
                .skip(skip)
                .limit(limit)
                .map(c -> new ConnectorRow(read.ref(c.person()), c, sample(graph, connectors.reached(c.person()),
                        viewer)));
    }

    private Targets targets(TieGraph graph, Optional<String> kind, List<String> tags, Viewer viewer) {
        if (kind.isEmpty()) {
            return Targets.of(graph.carriers(tags));
        }
        int[] matched = Matches.of(ktx, graph, kind.get(), viewer).people();
        if (tags.isEmpty()) {
            return Targets.listed(matched);
        }
        TieGraph.Carriers carriers = graph.carriers(tags);
        return Targets.listed(Arrays.stream(matched).filter(carriers::carries).toArray());
    }

    private static List<String> sample(TieGraph graph, int[] reached, Viewer viewer) {
        return Arrays.stream(reached)
                .filter(p -> !viewer.hides(graph, p))
                .mapToObj(graph::id)
                .sorted(Comparator.naturalOrder())
                .limit(SAMPLE)
                .toList();
    }
}
