package dev.tsunagari.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tsunagari.auth.AccountRole;
import dev.tsunagari.http.Validation;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An account as the JSON export holds it (version 3 on): every stored property, the SHA-256 of its token among
 * them, never a token. Restoring it keeps the account's ownership of what it added and keeps its token working.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AccountRecord(String id, String name, String role, String person, String tokenHash, String createdAt,
        String updatedAt) {
    private static final int NAME_MAX = 200;

    /** The node properties of a valid record, or a 400 naming each field at fault. */
    public Map<String, Object> check() {
        Validation v = new Validation();
        RecordFields.id(v, "id", id, true);
        // The same rules as the accounts routes.
        String cleanName = v.line("name", name, true, NAME_MAX);
        if (AccountRole.parse(role).isEmpty()) {
            v.add("role", "must be one of " + Arrays.stream(AccountRole.values()).map(AccountRole::wire)
                    .collect(Collectors.joining(", ")));
        }
        RecordFields.id(v, "person", person, false);
        if (!sha256(tokenHash)) {
            v.add("tokenHash", "must be the SHA-256 of the token: 64 lowercase hexadecimal digits");
        }
        RecordFields.timestamp(v, "createdAt", createdAt, true);
        RecordFields.timestamp(v, "updatedAt", updatedAt, true);
        v.throwIfInvalid();
        Map<String, Object> props = new HashMap<>();
        props.put("id", id);
        props.put("name", cleanName);
        props.put("role", role);
        props.put("person", person);
        props.put("tokenHash", tokenHash);
        props.put("createdAt", createdAt);
        props.put("updatedAt", updatedAt);
        return props;
    }

    private static boolean sha256(String hash) {
        return hash != null && hash.length() == 64
                && hash.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }
}
