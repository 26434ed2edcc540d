package dev.tsunagari.bench;

import java.util.SplittableRandom;

/** Weighted draws over cumulative weights, and the few distributions the generator needs. */
final class Sampling {
    private Sampling() {}

    /** Index i with probability weight(i) / total, given cumulative weights. */
    static int index(double[] cumulative, SplittableRandom random) {
        return index(cumulative, 0, cumulative.length, random);
    }

    /** Like {@link #index(double[], SplittableRandom)} within [from, to) of one cumulative array. */
    static int index(double[] cumulative, int from, int to, SplittableRandom random) {
        double base = from == 0 ? 0.0 : cumulative[from - 1];
        double x = base + random.nextDouble() * (cumulative[to - 1] - base);
        int lo = from;
        int hi = to - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Pareto with minimum 1 and tail index alpha: a few very large values, most near 1. */
    static double pareto(double alpha, SplittableRandom random) {
        return Math.pow(1.0 - random.nextDouble(), -1.0 / alpha);
    }

    static double uniform(double lo, double hi, SplittableRandom random) {
        return lo + (hi - lo) * random.nextDouble();
    }
}
