package dev.tsunagari.auth;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An account as the API shows it: never its token nor the token's hash. {@code person} is the person the account
 * acts as in introductions and interactions; {@code token} is set only in the answer that creates or rotates it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Account(String id, String name, String role, String person, String createdAt, String updatedAt,
        String token) {
    public Account withToken(String newToken) {
        return new Account(id, name, role, person, createdAt, updatedAt, newToken);
    }
}
