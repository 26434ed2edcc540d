package dev.tsunagari.console;

import com.fasterxml.jackson.databind.JsonNode;

/** The body of {@code POST /api/cypher}: Cypher text and its {@code $parameters} as a JSON object. */
public record ConsoleRequest(String query, JsonNode parameters) {}
