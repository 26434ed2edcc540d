package dev.tsunagari.introductions;

import dev.tsunagari.auth.Access;
import dev.tsunagari.auth.Caller;
import dev.tsunagari.http.ApiException;
import dev.tsunagari.http.Ids;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who is asking, as a person in introductions, read once at the edge from the signed-in account: a member or
 * viewer is its own person; an admin sees everything, or acts as someone when it sends {@code X-Acting-As:
 * PERSON_ID} (non-admins sending it are refused by {@link Access}).
 *
 * <p>The rule it carries: a decline is private. The requester of an introduction sees {@code closed}, never
 * {@code declined}, who declined or the note; {@code via} and the target see the truth.
 */
public record Viewer(Optional<String> personId) {
    public static final String HEADER = Access.ACTING_AS;
    public static final Viewer ADMIN = new Viewer(Optional.empty());

    /**
     * The viewer for this caller: its own person, or for an admin the person named by the {@value #HEADER}
     * header ({@code actingAs}, null when absent), else {@link #ADMIN}.
     */
    public static Viewer of(Caller caller, String actingAs) {
        if (!caller.admin()) {
            return Viewer.of(Access.ownPerson(caller));
        }
        String raw = actingAs;
        if (raw == null || raw.isBlank()) {
            return ADMIN;
        }
        String id = raw.strip();
        if (!Ids.valid(id)) {
            throw ApiException.invalid(HEADER, "must be a person id: 1-128 characters from A-Z a-z 0-9 . _ : @ -");
        }
        return new Viewer(Optional.of(id));
    }

    public static Viewer of(String personId) {
        return new Viewer(Optional.of(personId));
    }

    public boolean admin() {
        return personId.isEmpty();
    }

    /** The parts this viewer plays in an introduction; empty for a stranger to it. Admin plays none. */
    public Set<Role> rolesIn(Introduction intro) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        personId.ifPresent(id -> {
            if (id.equals(intro.requester().id())) {
                roles.add(Role.REQUESTER);
            }
            if (id.equals(intro.target().id())) {
                roles.add(Role.TARGET);
            }
            if (id.equals(intro.via().id())) {
                roles.add(Role.VIA);
            }
        });
        return roles;
    }

    public boolean mayRead(Introduction intro) {
        return admin() || !rolesIn(intro).isEmpty();
    }

    /** The introduction as this viewer may see it. */
    public Introduction view(Introduction intro) {
        Set<Role> roles = rolesIn(intro);
        boolean onlyRequester = roles.equals(EnumSet.of(Role.REQUESTER));
        return onlyRequester ? intro.asSeenByRequester() : intro;
    }

    /** The status this viewer is shown; used in messages too, so a refusal never reveals a decline. */
    public String shownStatus(Introduction intro) {
        return view(intro).status();
    }
}
