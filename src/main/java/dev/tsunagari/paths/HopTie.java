package dev.tsunagari.paths;

import dev.tsunagari.finder.Link;
import dev.tsunagari.tiegraph.Scoring;
import java.time.LocalDate;

/**
 * One usable tie behind a hop from {@code u} to {@code v} (element ids, in the direction of travel, with the two
 * people), as stored ({@code from}/{@code to}); {@code fan} says v is a fan of u. Where parallel ties join two
 * people the one with the best {@link #score} counts.
 */
public record HopTie(
        String u,
        PersonRef uPerson,
        String v,
        PersonRef vPerson,
        String from,
        String to,
        String type,
        double strength,
        String context,
        LocalDate since,
        LocalDate lastContact,
        boolean fan) {

    /** The hop score of {@link Scoring#hop}, without the fan bonus (that belongs to the last hop of a route only). */
    public double score(LocalDate today) {
        return Scoring.hop(strength, context, lastContact, "TRUSTS".equals(type), today);
    }

    public Link link(double shownScore) {
        return new Link(from, to, type, strength, context, text(since), text(lastContact), Scoring.round(shownScore));
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
