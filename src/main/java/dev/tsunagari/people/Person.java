package dev.tsunagari.people;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** A person as the API shows them. {@code createdAt} and {@code updatedAt} are set by the server. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Person(
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
