package dev.tsunagari.people;

import java.util.List;

/**
 * The body of {@code PUT}/{@code POST /api/people}: a person as a client writes them. {@code createdAt} and
 * {@code updatedAt} (and {@code addedBy}) are accepted so that a fetched person can be sent back as it is, and
 * ignored. {@code visibility} is {@code normal} (the default) or {@code private}.
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
        String updatedAt,
        String visibility,
        String addedBy) {
    /** A person without a say on visibility (importers, fixtures): normal. */
    public PersonInput(String id, String name, String kana, String headline, String organization, String role,
            String location, List<String> tags, List<String> offers, List<String> seeks, String notes, String email,
            String phone, List<String> links, String createdAt, String updatedAt) {
        this(id, name, kana, headline, organization, role, location, tags, offers, seeks, notes, email, phone, links,
                createdAt, updatedAt, null, null);
    }
}
