package dev.tsunagari.ties;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A tie as the API shows it. Dates are {@code YYYY-MM-DD}; timestamps RFC 3339. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Tie(
        String from,
        String to,
        String type,
        double strength,
        String context,
        String since,
        String lastContact,
        String note,
        String createdAt,
        String updatedAt) {}
