package dev.tsunagari.finder;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One usable hop of a path as the finder explains it: the tie that counts between two people (the strongest
 * usable one), as stored ({@code from}/{@code to} in stored direction), and its hop {@code score}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Link(
        String from,
        String to,
        String type,
        double strength,
        String context,
        String since,
        String lastContact,
        double score) {}
