package dev.tsunagari.records;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An interaction as the JSON export stores it: every stored property and the ids of the two people, flat, so
 * that a file names people by id only, as its ties do.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InteractionRecord(String id, String by, String with, String at, String kind, String note, String createdAt) {}
