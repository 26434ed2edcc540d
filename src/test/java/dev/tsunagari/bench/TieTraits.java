package dev.tsunagari.bench;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * What a generated tie is like: its type (88% KNOWS, 8% TRUSTS, 4% FAN_OF), its context with plausible shares
 * (card exchanges common), a strength drawn for that context (card exchanges weak, friends and family strong), a
 * last contact about 300 days ago on average (5% unknown) and, mostly, a date it began.
 */
final class TieTraits {
    private static final String[] CONTEXTS = {"friend", "met", "worked-together", "online", "card-exchange", "family",
            "introduced", "other"};
    private static final double[] CONTEXT_SHARE = {0.14, 0.26, 0.12, 0.16, 0.20, 0.02, 0.06, 0.04};
    private static final double[][] STRENGTH = {{0.6, 1.0}, {0.3, 0.8}, {0.5, 0.95}, {0.2, 0.7}, {0.05, 0.4},
            {0.7, 1.0}, {0.3, 0.8}, {0.2, 0.8}};
    private static final double[] CONTEXT_CUMULATIVE = cumulative(CONTEXT_SHARE);

    private TieTraits() {}

    static CommunityGraph.Tie draw(String from, String to, LocalDate today, SplittableRandom random) {
        int c = Sampling.index(CONTEXT_CUMULATIVE, random);
        double strength = Math.round(Sampling.uniform(STRENGTH[c][0], STRENGTH[c][1], random) * 100) / 100.0;
        double roll = random.nextDouble();
        String type = roll < 0.88 ? "KNOWS" : roll < 0.96 ? "TRUSTS" : "FAN_OF";
        LocalDate last = random.nextDouble() < 0.05 ? null
                : today.minusDays(Math.min(3650, (long) (-300 * Math.log(1 - random.nextDouble()))));
        LocalDate since = last == null || random.nextDouble() < 0.1 ? null : last.minusDays(random.nextInt(3650));
        return new CommunityGraph.Tie(from, to, type, strength, CONTEXTS[c], text(since), text(last));
    }

    private static double[] cumulative(double[] shares) {
        double[] c = new double[shares.length];
        double sum = 0;
        for (int i = 0; i < c.length; i++) {
            sum += shares[i];
            c[i] = sum;
        }
        return c;
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
