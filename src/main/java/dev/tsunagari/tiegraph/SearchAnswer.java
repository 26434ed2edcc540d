package dev.tsunagari.tiegraph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * One page of the 脳内検索: the people matching the words, nearest to the asker first (unknown distance last), then
 * by the full-text score, then id, after a given key; private people the caller may not see are left out, and so
 * is anyone whose first hop ({@code via}) is such a person. {@code relevance} is the score against the best visible
 * match but the asker, 0..1, rounded as scores are shown.
 */
public final class SearchAnswer {
    /** Where a hit stands in the order; {@code distance} {@link #FAR} when unknown. */
    public record Key(int distance, double score, String id) {}

    public static final int FAR = Integer.MAX_VALUE;
    public static final Comparator<Key> ORDER = Comparator.comparingInt(Key::distance)
            .thenComparing(Comparator.comparingDouble(Key::score).reversed())
            .thenComparing(Key::id);

    /** One person found: {@code distance} -1 and {@code via} {@link TieGraph#NONE} when unknown. */
    public record Hit(int person, Key key, int distance, int via, double relevance) {}

    /** The hits of the page, and whether more follow. */
    public record Page(List<Hit> hits, boolean more) {}

    private SearchAnswer() {}

    /**
     * {@code matches[k]} scored {@code scores[k]}; {@code after} null for the first page.
     */
    public static Page page(TieGraph graph, int asker, int[] matches, double[] scores, Distances distances,
            Viewer viewer, Key after, int limit) {
        double best = 0.0;
        List<Hit> candidates = new ArrayList<>();
        for (int k = 0; k < matches.length; k++) {
            int p = matches[k];
            if (p == asker || viewer.hides(graph, p)) {
                continue;
            }
            best = Math.max(best, scores[k]);
            int via = distances.via(p);
            if (via != TieGraph.NONE && viewer.hides(graph, via)) {
                continue;
            }
            int d = distances.distance(p);
            Key key = new Key(d < 0 ? FAR : d, scores[k], graph.id(p));
            if (after == null || ORDER.compare(key, after) > 0) {
                candidates.add(new Hit(p, key, d, via, 0.0));
            }
        }
        List<Hit> top = top(candidates, limit + 1);
        List<Hit> shown = new ArrayList<>();
        for (Hit h : top.subList(0, Math.min(limit, top.size()))) {
            shown.add(new Hit(h.person(), h.key(), h.distance(), h.via(), relevance(h.key().score(), best)));
        }
        return new Page(shown, top.size() > limit);
    }

    /** The first {@code n} in order, without sorting every match of a common word. */
    private static List<Hit> top(List<Hit> hits, int n) {
        Comparator<Hit> order = Comparator.comparing(Hit::key, ORDER);
        PriorityQueue<Hit> worstFirst = new PriorityQueue<>(order.reversed());
        for (Hit h : hits) {
            if (worstFirst.size() < n) {
                worstFirst.add(h);
            } else if (order.compare(h, worstFirst.peek()) < 0) {
                worstFirst.poll();
                worstFirst.add(h);
            }
        }
        List<Hit> out = new ArrayList<>(worstFirst);
        out.sort(order);
        return out;
    }

    private static double relevance(double score, double best) {
        return Scoring.round(best > 0 ? Math.min(1.0, score / best) : 0.0);
    }
}
