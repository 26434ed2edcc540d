package dev.tsunagari.http;

/** One offending input field of a validation problem. */
public record FieldError(String field, String message) {}
