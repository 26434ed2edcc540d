package dev.tsunagari.ties;

/**
 * The body of {@code PUT /api/ties}. Dates arrive as text so that a malformed one is reported by field name.
 * {@code createdAt} and {@code updatedAt} are accepted (a fetched tie can be sent back) and ignored.
 */
public record TieInput(
        String from,
        String to,
        String type,
        Double strength,
        String context,
        String since,
        String lastContact,
        String note,
        String createdAt,
        String updatedAt) {}
