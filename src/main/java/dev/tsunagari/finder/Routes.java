package dev.tsunagari.finder;

import dev.tsunagari.tiegraph.Scoring;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds, from the usable hops fetched around {@code from} and around the targets, the direct contacts and the best
 * route from each intermediary to each target it reaches. Pure: no database, so the rules of API.md read here.
 */
final class Routes {
    /** A route: its hops in order from {@code from}, the last one possibly raised by the fan bonus. */
    record Route(List<Link> links, List<String> people, double score) {}

    /** Direct contacts (target id → hop) and, per intermediary, the best route to each target it reaches. */
    record Found(Map<String, Link> direct, Map<String, Map<String, Route>> byIntermediary) {}

    private Routes() {}

    static Found find(String from, Neighbourhood hood, Set<String> targets, Set<String> fans, int maxHops) {
        Map<String, Hop> ring = hood.of(from);
        Map<String, Link> direct = new HashMap<>();
        for (String t : targets) {
            Hop hop = ring.get(t);
            if (hop != null && !t.equals(from)) {
                direct.put(t, hop.link());
            }
        }
        Set<String> reachable = new HashSet<>(targets);
        reachable.removeAll(direct.keySet());
        reachable.remove(from);

        Map<String, Map<String, Route>> byIntermediary = new HashMap<>();
        for (Hop first : ring.values()) {
            String i = first.b();
            Map<String, Route> best = new HashMap<>();
            for (Hop second : hood.of(i).values()) {
                String next = second.b();
                if (next.equals(from)) {
                    continue;
                }
                if (reachable.contains(next)) {
                    keepBest(best, next, route(List.of(first, second), fans));
                }
                if (maxHops == 2) {
                    for (Hop third : hood.of(next).values()) {
                        String t = third.b();
                        if (reachable.contains(t) && !t.equals(i) && !t.equals(from)) {
                            keepBest(best, t, route(List.of(first, second, third), fans));
                        }
                    }
                }
            }
            if (!best.isEmpty()) {
                byIntermediary.put(i, best);
            }
        }
        return new Found(direct, byIntermediary);
    }

    private static void keepBest(Map<String, Route> best, String target, Route candidate) {
        best.merge(target, candidate, (old, neu) -> compare(neu, old) > 0 ? neu : old);
    }

    /** Higher score wins; on a tie the shorter route, then the smaller sequence of ids, so answers are stable. */
    private static int compare(Route a, Route b) {
        int byScore = Double.compare(a.score(), b.score());
        if (byScore != 0) {
            return byScore;
        }
        int byLength = Integer.compare(b.links().size(), a.links().size());
        return byLength != 0 ? byLength : String.join(">", b.people()).compareTo(String.join(">", a.people()));
    }

    private static Route route(List<Hop> hops, Set<String> fans) {
        List<Link> links = new ArrayList<>();
        List<String> people = new ArrayList<>();
        people.add(hops.get(0).a());
        for (int k = 0; k < hops.size(); k++) {
            Hop hop = hops.get(k);
            Link link = hop.link();
            boolean last = k == hops.size() - 1;
            if (last && fans.contains(hop.b() + ">" + hop.a())) {
                link = new Link(link.from(), link.to(), link.type(), link.strength(), link.context(), link.since(),
                        link.lastContact(), Scoring.round(Scoring.withFanBonus(link.score())));
            }
            links.add(link);
            people.add(hop.b());
        }
        return new Route(links, people, Scoring.path(links.stream().map(Link::score).toList()));
    }
}
