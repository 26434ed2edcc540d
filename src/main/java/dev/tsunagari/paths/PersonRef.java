package dev.tsunagari.paths;

/** A person named on a path or as a go-between: just enough to show and to look them up. */
public record PersonRef(String id, String name) {}
