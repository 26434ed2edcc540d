package dev.tsunagari.procedures;

import dev.tsunagari.tiegraph.Explanations;
import dev.tsunagari.tiegraph.HopRule;
import dev.tsunagari.tiegraph.Hops;
import dev.tsunagari.tiegraph.IntermediaryAnswer;
import dev.tsunagari.tiegraph.IntermediarySearch;
import dev.tsunagari.tiegraph.IntroducerLoad;
import dev.tsunagari.tiegraph.JsonText;
import dev.tsunagari.tiegraph.IntroducerRecord;
import dev.tsunagari.tiegraph.Targets;
import dev.tsunagari.tiegraph.TieGraph;
import dev.tsunagari.tiegraph.Viewer;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.procedure.Context;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Mode;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.Procedure;

/** {@code tsunagari.intermediaries}: whom to ask for an introduction to a kind of person, in one call. */
public final class FinderProcedures {
    private static final Set<String> OPTIONS = Set.of("tags", "kind", "maxHops", "minStrength", "includeWeak", "limit",
            "targetsLimit", "lang", "today", "caller", "strategy", "source", "busy");
    private static final Set<String> BUSY = Set.of("now", "windowStart", "maxOpenAsks");
    /**
     * The largest {@code limit} and {@code targetsLimit} a caller of the procedure may ask for: a whole answer at 1M
     * people (the benchmark compares whole answers). REST keeps its own, smaller cap.
     */
    public static final int MAX_LIMIT = 1_000_000;

    @Context
    public Transaction tx;

    @Context
    public GraphDatabaseService db;

    /** The one row of an answer: the whole answer as a map, shaped as {@code GET /api/intermediaries} answers. */
    public static final class AnswerRow {
        public final Map<String, Object> answer;

        AnswerRow(Map<String, Object> answer) {
            this.answer = answer;
        }
    }

    @Procedure(name = "tsunagari.intermediaries", mode = Mode.READ)
    @Description("Whom to ask for an introduction: tsunagari.intermediaries(from, {tags: [...] or kind: 'lucene query', "
            + "maxHops: 2, minStrength: 0.0, includeWeak: false, limit: 20, targetsLimit: 5 (each at most 1000000), "
            + "lang: 'en', today: date, caller: {seesAll, account, person}}) YIELD answer - direct contacts who are targets and "
            + "intermediaries ranked by score with each target's best route, its weakest link and why; no row when "
            + "from is unknown or hidden from the caller.")
    public Stream<AnswerRow> intermediaries(@Name("from") String from,
            @Name(value = "options", defaultValue = "{}") Map<String, Object> options) {
        return Reread.of(() -> answer(from, options).map(AnswerRow::new).stream());
    }

    /** The row of the same answer as JSON text. */
    public static final class JsonRow {
        public final String json;

        JsonRow(String json) {
            this.json = json;
        }
    }

    @Procedure(name = "tsunagari.intermediaries.json", mode = Mode.READ)
    @Description("The answer of tsunagari.intermediaries (same arguments and options) as one JSON text, as "
            + "GET /api/intermediaries answers: what the service calls, since one string crosses Bolt far cheaper "
            + "than a tree of values.")
    public Stream<JsonRow> intermediariesJson(@Name("from") String from,
            @Name(value = "options", defaultValue = "{}") Map<String, Object> options) {
        return Reread.of(() -> answer(from, options).map(a -> new JsonRow(JsonText.of(a))).stream());
    }

    private Optional<Map<String, Object>> answer(String from, Map<String, Object> options) {
        Options o = new Options(options, OPTIONS);
        List<String> tags = o.strings("tags").stream()
                .map(t -> Normalizer.normalize(t, Normalizer.Form.NFKC).strip())
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
        Optional<String> kind = Optional.ofNullable(o.text("kind", null));
        if (tags.isEmpty() && kind.isEmpty()) {
            throw new IllegalArgumentException("give option 'tags' (a list) or 'kind' (a full-text query)");
        }
        int maxHops = o.integer("maxHops", 2, 1, 2);
        HopRule rule = new HopRule(o.decimal("minStrength", 0.0, 0.0, 1.0), o.bool("includeWeak", false));
        int limit = o.integer("limit", 20, 1, MAX_LIMIT);
        int targetsLimit = o.integer("targetsLimit", 5, 1, MAX_LIMIT);
        String lang = Explanations.language(o.text("lang", "en"), null);
        LocalDate today = o.today();
        Viewer viewer = o.viewer();
        IntermediarySearch.Strategy strategy = strategy(o.text("strategy", "auto"));
        TieGraph graph = Sources.choose(o.text("source", "auto"), db, tx);

        int asker = from == null ? TieGraph.NONE : graph.person(from);
        if (asker == TieGraph.NONE || viewer.hides(graph, asker)) {
            return Optional.empty();
        }
        Targets targets;
        int targetsFound;
        if (kind.isPresent()) {
            targets = Targets.listed(byText(graph, kind.get(), from, tags, viewer));
            targetsFound = targets.count();
        } else {
            targets = Targets.of(graph.carriers(tags));
            targetsFound = targets.count() - (targets.contains(asker) ? 1 : 0);
        }
        Hops hops = new Hops(graph, rule, today);
        IntermediarySearch.Found found = new IntermediarySearch(hops).find(asker, targets, maxHops, strategy);
        Map<String, Object> answer = new IntermediaryAnswer(hops, asker, viewer, limit, targetsLimit, lang)
                .build(found, targetsFound, factors(graph, found), shown -> People.summaries(tx, graph, shown),
                        shown -> busy(graph, shown, o.map("busy", BUSY)));
        return Optional.of(answer);
    }

    private static IntermediarySearch.Strategy strategy(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "auto" -> IntermediarySearch.Strategy.AUTO;
            case "fromtargets", "from_targets" -> IntermediarySearch.Strategy.FROM_TARGETS;
            case "fromasker", "from_asker" -> IntermediarySearch.Strategy.FROM_ASKER;
            default -> throw new IllegalArgumentException("option 'strategy' must be auto, fromTargets or fromAsker");
        };
    }

    /** The people a full-text kind finds (notes count only where the caller may read them), carrying the tags. */
    private int[] byText(TieGraph graph, String query, String from, List<String> tags, Viewer viewer) {
        Map<String, Object> params = new HashMap<>();
        params.put("query", query);
        params.put("from", from);
        params.put("tags", tags);
        params.put("seesAll", viewer.seesAll());
        params.put("account", viewer.account());
        params.put("person", viewer.person());
        List<Integer> found = new ArrayList<>();
        try (Result rows = tx.execute(PluginCypher.get("finder/targets_by_text"), params)) {
            rows.forEachRemaining(row -> {
                int p = graph.person((String) row.get("id"));
                if (p != TieGraph.NONE) {
                    found.add(p);
                }
            });
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Which of the intermediaries shown are busy, by the open asks through them (those through whom an introduction
     * was ever asked only); nobody without the {@code busy} option ({@code now}, {@code windowStart}, {@code maxOpenAsks}).
     */
    private Set<Integer> busy(TieGraph graph, List<Integer> shown, Options busy) {
        if (busy == null) {
            return Set.of();
        }
        int maxOpenAsks = busy.integer("maxOpenAsks", 1, 1, Integer.MAX_VALUE);
        String now = busy.text("now", null);
        String windowStart = busy.text("windowStart", null);
        if (now == null || windowStart == null) {
            throw new IllegalArgumentException("option 'busy' needs now, windowStart and maxOpenAsks");
        }
        Map<String, Integer> asked = new HashMap<>();
        for (int i : shown) {
            if (graph.introduces(i)) {
                asked.put(graph.id(i), i);
            }
        }
        if (asked.isEmpty()) {
            return Set.of();
        }
        Map<Integer, Integer> open = new HashMap<>();
        try (Result rows = tx.execute(PluginCypher.get("introductions/open_asks"),
                Map.of("ids", List.copyOf(asked.keySet()), "now", now, "windowStart", windowStart))) {
            rows.forEachRemaining(row -> open.merge(asked.get((String) row.get("id")), 1, Integer::sum));
        }
        Set<Integer> out = new java.util.HashSet<>();
        open.forEach((i, n) -> {
            if (IntroducerLoad.busy(n, maxOpenAsks)) {
                out.add(i);
            }
        });
        return out;
    }

    /** Each intermediary's record factor, read only for those through whom an introduction was ever asked. */
    private Map<Integer, Double> factors(TieGraph graph, IntermediarySearch.Found found) {
        Map<String, Integer> asked = new HashMap<>();
        found.byIntermediary().forEachKey(i -> {
            if (graph.introduces(i)) {
                asked.put(graph.id(i), i);
            }
        });
        Map<Integer, Double> factors = new HashMap<>();
        if (asked.isEmpty()) {
            return factors;
        }
        try (Result rows = tx.execute(PluginCypher.get("introductions/records"),
                Map.of("ids", List.copyOf(asked.keySet())))) {
            rows.forEachRemaining(row -> factors.put(asked.get((String) row.get("id")), IntroducerRecord.factor(
                    ((Number) row.get("accepted")).intValue(), ((Number) row.get("declined")).intValue(),
                    ((Number) row.get("connected")).intValue(), ((Number) row.get("outcomes")).intValue())));
        }
        return factors;
    }
}
