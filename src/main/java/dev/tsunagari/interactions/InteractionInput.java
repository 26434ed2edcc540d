package dev.tsunagari.interactions;

/** The body of {@code POST /api/people/{id}/interactions}; {@code id} lets a client retry safely. */
public record InteractionInput(String id, String with, String at, String kind, String note) {}
