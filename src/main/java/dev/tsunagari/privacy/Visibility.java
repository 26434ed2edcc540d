package dev.tsunagari.privacy;

import dev.tsunagari.auth.Caller;
import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.http.ApiException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The privacy rules, applied where data is read. Private details (email, phone, notes) are shown only to the
 * account that added the person and to admins. A private person is seen only by admins, the adding account and
 * the person's own account; to everyone else they are absent from lists, search, paths and ties, 404 by id, and
 * masked in the finder.
 *
 * <p>Statements that list people around a person take {@link #parameters} and leave hidden people out
 * themselves (so that every page is full); answers assembled from several reads drop the entries whose people
 * are hidden with {@link #visibleOnly}, which looks only at the person ids each entry names, never at its other
 * values (a tag may be spelled like somebody's id).
 */
public final class Visibility {
    private final Graph graph;
    private final Cypher hiddenAmong;

    public Visibility(Graph graph, CypherFiles files) {
        this.graph = graph;
        this.hiddenAmong = files.get("privacy/hidden_among");
    }

    /**
     * {@code $seesAll}, {@code $account}, {@code $person}: for statements that must filter themselves (paging), and
     * for every full-text statement, where notes decide a match only for {@code $seesAll} or the adding
     * {@code $account} ({@link #readsDetails}).
     */
    public static Map<String, Object> parameters(Caller caller) {
        Map<String, Object> params = new HashMap<>();
        params.put("seesAll", caller.admin());
        params.put("account", caller.accountId().orElse(null));
        params.put("person", caller.person().orElse(null));
        return params;
    }

    /** Whether this caller may see a person of this visibility, added by {@code addedBy}, with this id. */
    public static boolean sees(Caller caller, boolean isPrivate, String addedBy, String personId) {
        return !isPrivate || caller.admin() || caller.is(addedBy) || caller.person().filter(personId::equals).isPresent();
    }

    /** Whether this caller may read the private details of a person added by {@code addedBy}. */
    public static boolean readsDetails(Caller caller, String addedBy) {
        return caller.admin() || caller.is(addedBy);
    }

    /** The ids among {@code ids} this caller may not see; one query, none for an admin. */
    public Set<String> hidden(Caller caller, Collection<String> ids) {
        if (caller.admin() || ids.isEmpty()) {
            return Set.of();
        }
        Map<String, Object> params = parameters(caller);
        params.put("ids", List.copyOf(new HashSet<>(ids)));
        return new HashSet<>(graph.read(tx -> Graph.run(tx, hiddenAmong, params).list(r -> r.get("id").asString())));
    }

    /**
     * The entries that name no person hidden from this caller, in their order; {@code people} gives the ids of
     * the people one entry names (null ids are ignored). One query for the whole list.
     */
    public <T> List<T> visibleOnly(Caller caller, List<T> entries, Function<T, Collection<String>> people) {
        if (caller.admin() || entries.isEmpty()) {
            return entries;
        }
        Set<String> named = new HashSet<>();
        entries.forEach(entry -> people.apply(entry).forEach(id -> {
            if (id != null) {
                named.add(id);
            }
        }));
        Set<String> hidden = hidden(caller, named);
        if (hidden.isEmpty()) {
            return entries;
        }
        return entries.stream().filter(entry -> people.apply(entry).stream().noneMatch(hidden::contains)).toList();
    }

    /** A 404 when the person named in the path is hidden from this caller (their ledger, fans, ties...). */
    public void requireVisible(Caller caller, String personId) {
        if (hidden(caller, List.of(personId)).contains(personId)) {
            throw ApiException.notFound("No person with id " + personId);
        }
    }
}
