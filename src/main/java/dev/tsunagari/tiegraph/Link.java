package dev.tsunagari.tiegraph;

/**
 * One hop of a route as an answer explains it: the tie that counts between two people (the strongest usable one),
 * as stored ({@code from}/{@code to} in stored direction, dates ISO 8601), and its hop {@code score} (rounded).
 */
public record Link(String from, String to, String type, double strength, String context, String since,
        String lastContact, double score) {

    public Link withScore(double newScore) {
        return new Link(from, to, type, strength, context, since, lastContact, newScore);
    }
}
