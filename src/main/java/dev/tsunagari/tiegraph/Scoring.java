package dev.tsunagari.tiegraph;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;

/**
 * The scores of the finder, written down once (the README repeats them with a worked example).
 *
 * <pre>
 * hop     h = min(1, strength × context(c) × recency(lastContact) + (TRUSTS ? 0.10 : 0))
 *         context: family, friend, worked-together 1.00; introduced 0.90; met 0.85; other or none 0.80;
 *                  online 0.70; card-exchange 0.40 (only ever used with includeWeak=true)
 *         recency(d) = 0.5 + 0.5 × 2^(−days since d / 365)   (half-life one year; unknown date counts as 0.5)
 *         where several usable ties join two people, the highest h counts.
 * fan     the last hop of a route gets +0.10 (capped at 1) when the target is FAN_OF the person who asks them.
 * path    = product of its hop scores: the chance that every link carries the ask.
 * person  = 1 − Π(1 − best path score to each target): the chance that at least one of their routes works.
 * </pre>
 *
 * Each term is non-decreasing in strength and in recency, so a stronger or more recent link never lowers a score.
 */
public final class Scoring {
    public static final double HALF_LIFE_DAYS = 365.0;
    public static final double TRUSTS_BONUS = 0.10;
    public static final double FAN_BONUS = 0.10;
    public static final double UNKNOWN_RECENCY = 0.5;
    private static final Map<String, Double> CONTEXT = Map.of(
            "family", 1.0,
            "friend", 1.0,
            "worked-together", 1.0,
            "introduced", 0.90,
            "met", 0.85,
            "other", 0.80,
            "online", 0.70,
            Contexts.CARD_EXCHANGE, 0.40);
    private static final double NO_CONTEXT = 0.80;

    private Scoring() {}

    public static double contextWeight(String context) {
        return context == null ? NO_CONTEXT : CONTEXT.getOrDefault(context, NO_CONTEXT);
    }

    /** 0.5 + 0.5 × 2^(−days/365); a date in the future counts as today, an unknown one as 0.5. */
    public static double recency(LocalDate lastContact, LocalDate today) {
        if (lastContact == null) {
            return UNKNOWN_RECENCY;
        }
        return recency(ChronoUnit.DAYS.between(lastContact, today));
    }

    /**
     * The same from the days since the last contact (negative: in the future, counted as today). The first ten
     * years are a table computed once by the same formula: every hop score of every question asks for one.
     */
    public static double recency(long daysSince) {
        long days = Math.max(0, daysSince);
        return days < RECENCY_BY_DAY.length ? RECENCY_BY_DAY[(int) days] : recencyOf(days);
    }

    private static final double[] RECENCY_BY_DAY = recencies(3660);

    private static double[] recencies(int days) {
        double[] table = new double[days];
        for (int d = 0; d < days; d++) {
            table[d] = recencyOf(d);
        }
        return table;
    }

    private static double recencyOf(long days) {
        return 0.5 + 0.5 * Math.pow(2, -days / HALF_LIFE_DAYS);
    }

    public static double hop(double strength, String context, LocalDate lastContact, boolean trusts, LocalDate today) {
        return hop(strength, contextWeight(context), recency(lastContact, today), trusts);
    }

    /** The hop score from its parts: {@code min(1, strength × context weight × recency + TRUSTS bonus)}. */
    public static double hop(double strength, double contextWeight, double recency, boolean trusts) {
        double base = strength * contextWeight * recency;
        return Math.min(1.0, base + (trusts ? TRUSTS_BONUS : 0.0));
    }

    /** The last hop of a route when the target is a fan of the person who asks them. */
    public static double withFanBonus(double hop) {
        return Math.min(1.0, hop + FAN_BONUS);
    }

    public static double path(Collection<Double> hops) {
        double product = 1.0;
        for (double h : hops) {
            product *= h;
        }
        return product;
    }

    /** 1 − Π(1 − p): the chance that at least one of independent routes works. */
    public static double anyOf(Collection<Double> pathScores) {
        double none = 1.0;
        for (double p : pathScores) {
            none *= 1.0 - p;
        }
        return 1.0 - none;
    }

    /** Scores are shown with three decimals. */
    public static double round(double score) {
        return Math.round(score * 1000.0) / 1000.0;
    }
}
