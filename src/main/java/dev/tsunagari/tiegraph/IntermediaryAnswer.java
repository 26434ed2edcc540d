package dev.tsunagari.tiegraph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Ranks what {@link IntermediarySearch} found and shapes the answer of {@code GET /api/intermediaries} as the
 * caller may see it. Intermediaries by score, min(1, record × (1 − Π(1 − route score))), then id; each one's
 * targets by route score, then id; limits applied last, so ranking never depends on them. Then privacy: a private
 * person the caller may not see is never named: as a target they stay, masked
 * ({@code {"masked": true, "tags": [...], "reachableThrough": {"id": ...}}}, the person to ask), as an intermediary
 * or inside the path to a visible target their entry is left out.
 */
public final class IntermediaryAnswer {
    private final Hops hops;
    private final TieGraph graph;
    private final int from;
    private final Viewer viewer;
    private final int limit;
    private final int targetsLimit;
    private final String language;
    private final LocalDate today;

    public IntermediaryAnswer(Hops hops, int from, Viewer viewer, int limit, int targetsLimit, String language) {
        this.hops = hops;
        this.graph = hops.graph();
        this.from = from;
        this.viewer = viewer;
        this.limit = limit;
        this.targetsLimit = targetsLimit;
        this.language = language;
        this.today = LocalDate.ofEpochDay(hops.today());
    }

    private record Ranked(int id, String key, double score, List<IntermediarySearch.Route> targets) {}

    /**
     * The answer as maps in the order of API.md's fields. {@code factors}: the record factor of each intermediary
     * that has one; {@code summaries}: what the answer shows of each person (id, name, kana, headline, organization,
     * tags), read for the people shown only; {@code busy}: which of the intermediaries shown are busy.
     */
    public Map<String, Object> build(IntermediarySearch.Found found, int targetsFound, Map<Integer, Double> factors,
            Function<Set<Integer>, Map<Integer, Map<String, Object>>> summaries,
            Function<List<Integer>, Set<Integer>> busy) {
        List<Integer> direct = found.direct().stream()
                .sorted(Comparator.<Integer>comparingDouble(t -> -directScore(t)).thenComparing(graph::id))
                .limit(limit)
                .toList();
        List<Ranked> ranked = new ArrayList<>();
        found.byIntermediary().forEachKeyValue((i, routes) -> ranked.add(rank(i, routes, factors.getOrDefault(i, 1.0))));
        ranked.sort(Comparator.comparingDouble((Ranked r) -> -r.score()).thenComparing(Ranked::key));
        List<Ranked> shownRanked = ranked.subList(0, Math.min(limit, ranked.size()));

        Set<Integer> shown = new HashSet<>(Set.of(from));
        shown.addAll(direct);
        for (Ranked r : shownRanked) {
            shown.add(r.id());
            r.targets().stream().limit(targetsLimit).forEach(t -> shown.addAll(people(t)));
        }
        Map<Integer, Map<String, Object>> people = summaries.apply(shown);
        Map<String, String> names = new HashMap<>();
        people.forEach((p, s) -> names.put(graph.id(p), (String) s.get("name")));
        names.put(graph.id(from), "ja".equals(language) ? "あなた" : "you");

        List<Object> directOut = new ArrayList<>();
        for (int t : direct) {
            if (viewer.hides(graph, t)) {
                directOut.add(masked(people.get(t), from));
                continue;
            }
            Link link = directLink(t);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("person", people.get(t));
            entry.put("score", link.score());
            entry.put("link", link(link));
            directOut.add(entry);
        }
        Set<Integer> busyShown = busy.apply(shownRanked.stream().map(Ranked::id)
                .filter(i -> !viewer.hides(graph, i)).toList());
        List<Object> intermediaries = new ArrayList<>();
        for (Ranked r : shownRanked) {
            if (viewer.hides(graph, r.id())) {
                continue;
            }
            List<Object> targets = new ArrayList<>();
            for (IntermediarySearch.Route route : r.targets().subList(0, Math.min(targetsLimit, r.targets().size()))) {
                if (viewer.hides(graph, route.target())) {
                    targets.add(masked(people.get(route.target()), r.id()));
                } else if (people(route).stream().noneMatch(p -> viewer.hides(graph, p))) {
                    targets.add(target(route, people, names));
                }
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("person", people.get(r.id()));
            entry.put("score", Scoring.round(r.score()));
            entry.put("busy", busyShown.contains(r.id()));
            entry.put("targetsReached", r.targets().size());
            entry.put("targets", targets);
            intermediaries.add(entry);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("from", people.get(from));
        answer.put("direct", directOut);
        answer.put("intermediaries", intermediaries);
        answer.put("targetsFound", targetsFound);
        answer.put("complete", true);
        return answer;
    }

    private double directScore(int t) {
        Hops.Of ring = hops.of(from);
        return ring.score[ring.find(t)];
    }

    private Link directLink(int t) {
        Hops.Of ring = hops.of(from);
        int k = ring.find(t);
        return hops.link(from, ring.ties, ring.entry[k], ring.score[k]);
    }

    private Ranked rank(int i, List<IntermediarySearch.Route> routes, double factor) {
        List<IntermediarySearch.Route> targets = new ArrayList<>(routes);
        targets.sort(Comparator.<IntermediarySearch.Route>comparingDouble(r -> -r.score())
                .thenComparing(r -> graph.id(r.target())));
        double none = 1.0;
        for (IntermediarySearch.Route r : targets) {
            none *= 1.0 - r.score();
        }
        return new Ranked(i, graph.id(i), Math.min(1.0, factor * (1.0 - none)), targets);
    }

    /** The people along a route, from the asker to the target. */
    private List<Integer> people(IntermediarySearch.Route r) {
        return r.middle() < 0 ? List.of(from, r.intermediary(), r.target())
                : List.of(from, r.intermediary(), r.middle(), r.target());
    }

    /** The links of a route, the last one raised by the fan bonus when the target is a fan. */
    private List<Link> links(IntermediarySearch.Route r) {
        List<Integer> path = people(r);
        List<Link> links = new ArrayList<>();
        for (int k = 0; k + 1 < path.size(); k++) {
            int a = path.get(k);
            int b = path.get(k + 1);
            Hops.Of of = hops.of(a);
            int at = of.find(b);
            double score = of.score[at];
            if (k + 2 == path.size() && r.fan()) {
                score = Scoring.round(Scoring.withFanBonus(score));
            }
            links.add(hops.link(a, of.ties, of.entry[at], score));
        }
        return links;
    }

    private Map<String, Object> target(IntermediarySearch.Route r, Map<Integer, Map<String, Object>> people,
            Map<String, String> names) {
        List<Integer> path = people(r);
        List<Link> links = links(r);
        List<Object> nodes = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int p : path) {
            Map<String, Object> node = new LinkedHashMap<>();
            String id = graph.id(p);
            node.put("id", id);
            node.put("name", people.containsKey(p) ? people.get(p).get("name") : null);
            nodes.add(node);
            ids.add(id);
        }
        Link weakest = Explanations.weakest(links);
        String why = Explanations.why(ids, links, names, weakest, r.fan(), today, language);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("person", people.get(r.target()));
        entry.put("score", Scoring.round(r.score()));
        entry.put("hops", links.size());
        entry.put("path", nodes);
        entry.put("links", links.stream().map(IntermediaryAnswer::link).toList());
        entry.put("weakestLink", link(weakest));
        entry.put("why", why);
        return entry;
    }

    private static Map<String, Object> masked(Map<String, Object> person, int through, TieGraph graph) {
        Map<String, Object> masked = new LinkedHashMap<>();
        masked.put("masked", true);
        Object tags = person == null ? null : person.get("tags");
        masked.put("tags", tags == null ? List.of() : tags);
        masked.put("reachableThrough", Map.of("id", graph.id(through)));
        return masked;
    }

    private Map<String, Object> masked(Map<String, Object> person, int through) {
        return masked(person, through, graph);
    }

    /** A link as the answer shows it: stored direction, dates ISO 8601, absent fields left out. */
    public static Map<String, Object> link(Link link) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from", link.from());
        out.put("to", link.to());
        out.put("type", link.type());
        out.put("strength", link.strength());
        if (link.context() != null) {
            out.put("context", link.context());
        }
        if (link.since() != null) {
            out.put("since", link.since());
        }
        if (link.lastContact() != null) {
            out.put("lastContact", link.lastContact());
        }
        out.put("score", link.score());
        return out;
    }
}
