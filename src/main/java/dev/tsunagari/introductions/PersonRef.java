package dev.tsunagari.introductions;

/** A person named inside another resource: enough to show and to follow the link. */
public record PersonRef(String id, String name) {}
