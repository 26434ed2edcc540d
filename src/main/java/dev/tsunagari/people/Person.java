package dev.tsunagari.people;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A person as the API shows them. {@code createdAt}, {@code updatedAt} and {@code addedBy} (the id of the account
 * that added them; absent for the bootstrap admin and older data) are set by the server. {@code visibility} is
 * {@code normal} or {@code private}.
 */
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
        String updatedAt,
        String visibility,
        String addedBy) {
    /** The same person without the details only the adding account and admins see (email, phone, notes). */
    public Person withoutPrivateDetails() {
        return new Person(id, name, kana, headline, organization, role, location, tags, offers, seeks, null, null, null,
                links, createdAt, updatedAt, visibility, addedBy);
    }

    @JsonIgnore
    public boolean isPrivate() {
        return PersonRules.PRIVATE.equals(visibility);
    }
}
