package dev.tsunagari.finder;

import dev.tsunagari.tiegraph.Scoring;
import java.time.LocalDate;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * One usable tie read from the graph (a row of {@code finder/usable_ties*}), seen from {@code a} towards
 * {@code b}, with its hop score.
 */
record Hop(String a, String b, Link link) {
    static Hop of(Record row, LocalDate today) {
        String a = row.get("a").asString();
        String b = row.get("b").asString();
        boolean outgoing = row.get("outgoing").asBoolean();
        String type = row.get("type").asString();
        double strength = row.get("strength").asDouble();
        String context = text(row.get("context"));
        LocalDate lastContact = date(row.get("lastContact"));
        LocalDate since = date(row.get("since"));
        double score = Scoring.hop(strength, context, lastContact, "TRUSTS".equals(type), today);
        Link link = new Link(outgoing ? a : b, outgoing ? b : a, type, strength, context,
                since == null ? null : since.toString(), lastContact == null ? null : lastContact.toString(),
                Scoring.round(score));
        return new Hop(a, b, link);
    }

    /** The hop score before rounding is not kept: ranking uses the shown (rounded) scores, so it can be redone by hand. */
    double score() {
        return link.score();
    }

    private static String text(Value v) {
        return v.isNull() ? null : v.asString();
    }

    private static LocalDate date(Value v) {
        return v.isNull() ? null : v.asLocalDate();
    }
}
