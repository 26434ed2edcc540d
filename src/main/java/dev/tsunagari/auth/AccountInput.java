package dev.tsunagari.auth;

/** The body of {@code POST /api/accounts} and, merged over the stored account, of {@code PATCH}. */
public record AccountInput(String name, String role, String person) {}
