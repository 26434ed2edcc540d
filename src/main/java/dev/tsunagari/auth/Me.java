package dev.tsunagari.auth;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code GET /api/me}: the caller's account. The bootstrap admin token is no stored account: it answers with
 * {@code bootstrap: true}, no id and no person.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Me(String id, String name, String role, String person, boolean bootstrap) {
    static Me of(Caller caller) {
        return new Me(caller.accountId().orElse(null), caller.name(), caller.role().wire(),
                caller.person().orElse(null), caller.accountId().isEmpty());
    }
}
