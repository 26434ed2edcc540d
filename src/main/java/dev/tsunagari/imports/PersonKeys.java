package dev.tsunagari.imports;

import dev.tsunagari.people.PersonInput;
import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the stored person a contact from another program is: by id, e-mail (case-insensitive), LinkedIn profile
 * URL (scheme, {@code www.}, query and trailing slash ignored), or exact name and organization (both without an
 * organization counts as the same organization). Kept in memory for one import and updated as it creates people,
 * so the same contact twice in one file is one person.
 */
final class PersonKeys {
    private final Set<String> ids = new HashSet<>();
    private final Map<String, String> byEmail = new HashMap<>();
    private final Map<String, String> byLinkedIn = new HashMap<>();
    private final Map<String, String> byNameAndOrganization = new HashMap<>();

    /** The stored person and the key that found them. */
    record Match(String id, String by) {}

    void add(String id, String email, List<String> links, String name, String organization) {
        ids.add(id);
        if (email != null) {
            byEmail.putIfAbsent(email.strip().toLowerCase(Locale.ROOT), id);
        }
        if (links != null) {
            links.stream().map(PersonKeys::linkedIn).flatMap(Optional::stream).forEach(url -> byLinkedIn.putIfAbsent(url, id));
        }
        if (name != null) {
            byNameAndOrganization.putIfAbsent(nameKey(name, organization), id);
        }
    }

    void add(String id, PersonInput p) {
        add(id, p.email(), p.links(), p.name(), p.organization());
    }

    Optional<Match> find(PersonInput p) {
        if (p.id() != null && ids.contains(p.id())) {
            return Optional.of(new Match(p.id(), "id"));
        }
        if (p.email() != null) {
            String id = byEmail.get(p.email().strip().toLowerCase(Locale.ROOT));
            if (id != null) {
                return Optional.of(new Match(id, "email"));
            }
        }
        if (p.links() != null) {
            for (String link : p.links()) {
                Optional<String> id = linkedIn(link).map(byLinkedIn::get);
                if (id.isPresent()) {
                    return Optional.of(new Match(id.get(), "linkedin"));
                }
            }
        }
        String id = p.name() == null ? null : byNameAndOrganization.get(nameKey(p.name(), p.organization()));
        return id == null ? Optional.empty() : Optional.of(new Match(id, "name+organization"));
    }

    static Optional<String> linkedIn(String link) {
        try {
            URI uri = URI.create(link.strip());
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            if (!(host.equals("linkedin.com") || host.endsWith(".linkedin.com")) || uri.getPath() == null) {
                return Optional.empty();
            }
            String path = uri.getPath().replaceAll("/+$", "").toLowerCase(Locale.ROOT);
            return path.startsWith("/in/") ? Optional.of("linkedin.com" + path) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String nameKey(String name, String organization) {
        return name.strip() + '\u0000' + (organization == null ? "" : organization.strip());
    }
}
