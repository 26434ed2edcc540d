package dev.tsunagari.console;

import java.util.List;

/**
 * The answer of the console: column names, rows as arrays in column order (values as {@link ValueJson} renders
 * them), whether rows beyond the cap were left out, and how long the statement took.
 */
public record ConsoleResult(List<String> columns, List<List<Object>> rows, boolean truncated, long elapsedMs) {}
