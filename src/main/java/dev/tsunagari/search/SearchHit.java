package dev.tsunagari.search;

import dev.tsunagari.paths.PersonRef;
import dev.tsunagari.people.Person;

/**
 * One person found by the 脳内検索: who they are, how many usable hops away ({@code null} beyond the bound or when
 * no {@code from} was given), whom to ask first ({@code via}) and how well they match the words (0..1, the best
 * match of the query being 1).
 */
public record SearchHit(Person person, Integer distance, PersonRef via, double relevance) {}
