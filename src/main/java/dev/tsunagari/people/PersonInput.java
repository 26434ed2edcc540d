package dev.tsunagari.people;

import java.util.List;

/**
 * The body of {@code PUT}/{@code POST /api/people}: a person as a client writes them. {@code createdAt} and
 * {@code updatedAt} are accepted so that a fetched person can be sent back as it is, and ignored.
 */
public record PersonInput(
        String id,
        String name,
        String kana,
        String headline,
        String organization,
        String role,
        String location,
        List<String> tags,
        List<String> offers,
        List<String> seeks,
        String notes,
        String email,
        String phone,
        List<String> links,
        String createdAt,
        String updatedAt) {}
