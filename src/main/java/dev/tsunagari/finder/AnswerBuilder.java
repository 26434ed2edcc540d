package dev.tsunagari.finder;

import dev.tsunagari.tiegraph.Scoring;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Ranks what {@link Routes} found and shapes the answer: intermediaries by score, min(1, record × (1 − Π(1 − route
 * score))), then id; each one's targets by route score, then id; limits applied last, so ranking never depends on
 * them. The record factor (introductions' ConnectorRecord, 1.0 without a record) is the introducer's track record.
 */
final class AnswerBuilder {
    private final IntermediariesQuery q;
    private final LocalDate today;
    private final Set<String> fans;
    private final Map<String, Double> factors;
    private final Set<String> busy;

    AnswerBuilder(IntermediariesQuery q, LocalDate today, Set<String> fans, Map<String, Double> factors,
            Set<String> busy) {
        this.q = q;
        this.today = today;
        this.fans = fans;
        this.factors = factors;
        this.busy = busy;
    }

    private record Ranked(String id, double score, List<Map.Entry<String, Routes.Route>> targets) {}

    Answer build(Routes.Found found, int targetsFound, boolean complete,
            Function<Set<String>, Map<String, PersonSummary>> summaries) {
        List<Map.Entry<String, Link>> direct = found.direct().entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Link>>comparingDouble(e -> -e.getValue().score())
                        .thenComparing(Map.Entry::getKey))
                .limit(q.limit())
                .toList();
        List<Ranked> ranked = found.byIntermediary().entrySet().stream()
                .map(e -> rank(e.getKey(), e.getValue(), factors.getOrDefault(e.getKey(), 1.0)))
                .sorted(Comparator.comparingDouble((Ranked r) -> -r.score()).thenComparing(Ranked::id))
                .limit(q.limit())
                .toList();

        Set<String> shown = new HashSet<>(Set.of(q.from()));
        direct.forEach(e -> shown.add(e.getKey()));
        ranked.forEach(r -> r.targets().stream().limit(q.targetsLimit())
                .forEach(t -> shown.addAll(t.getValue().people())));
        Map<String, PersonSummary> people = summaries.apply(shown);
        Map<String, String> names = new HashMap<>();
        people.forEach((id, p) -> names.put(id, p.name()));
        names.put(q.from(), "ja".equals(q.language()) ? "あなた" : "you");

        List<Answer.Direct> directOut = direct.stream()
                .map(e -> new Answer.Direct(people.get(e.getKey()), e.getValue().score(), e.getValue()))
                .toList();
        List<Answer.Intermediary> intermediaries = ranked.stream()
                .map(r -> new Answer.Intermediary(people.get(r.id()), Scoring.round(r.score()), busy.contains(r.id()),
                        r.targets().size(),
                        r.targets().stream().limit(q.targetsLimit())
                                .map(t -> target(t.getKey(), t.getValue(), people, names))
                                .toList()))
                .toList();
        return new Answer(people.get(q.from()), directOut, intermediaries, targetsFound, complete);
    }

    private static Ranked rank(String id, Map<String, Routes.Route> routes, double factor) {
        List<Map.Entry<String, Routes.Route>> targets = new ArrayList<>(routes.entrySet());
        targets.sort(Comparator.<Map.Entry<String, Routes.Route>>comparingDouble(e -> -e.getValue().score())
                .thenComparing(Map.Entry::getKey));
        double score = Math.min(1.0, factor * Scoring.anyOf(targets.stream().map(e -> e.getValue().score()).toList()));
        return new Ranked(id, score, targets);
    }

    private Answer.Target target(String id, Routes.Route route, Map<String, PersonSummary> people,
            Map<String, String> names) {
        List<Answer.PathNode> path = route.people().stream()
                .map(p -> new Answer.PathNode(p, people.containsKey(p) ? people.get(p).name() : null))
                .toList();
        Link weakest = Explanations.weakest(route.links());
        List<String> ids = route.people();
        boolean fan = fans.contains(id + ">" + ids.get(ids.size() - 2));
        String why = Explanations.why(ids, route.links(), names, weakest, fan, today, q.language());
        return new Answer.Target(people.get(id), Scoring.round(route.score()), route.links().size(), path,
                route.links(), weakest, why);
    }
}
