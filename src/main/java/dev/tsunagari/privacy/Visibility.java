package dev.tsunagari.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.auth.Caller;
import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.http.ApiException;
import dev.tsunagari.http.Json;
import dev.tsunagari.people.Person;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The privacy rules, applied to answers at the edge. Private details (email, phone, notes) are shown only to the
 * account that added the person and to admins. A private person is seen only by admins, the adding account and
 * the person's own account; to everyone else they are absent from lists, search, paths and ties, 404 by id, and
 * masked in the finder ({@link Masked}).
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

    public static boolean sees(Caller caller, Person person) {
        return !person.isPrivate() || caller.admin() || caller.is(person.addedBy())
                || caller.person().filter(person.id()::equals).isPresent();
    }

    /** Whether this caller may read the private details of a person added by {@code addedBy}. */
    public static boolean readsDetails(Caller caller, String addedBy) {
        return caller.admin() || caller.is(addedBy);
    }

    /** The person as this caller may see them: without the private details unless it added them or is admin. */
    public static Person shown(Caller caller, Person person) {
        return readsDetails(caller, person.addedBy()) ? person : person.withoutPrivateDetails();
    }

    /** The person as shown, or the same 404 as for an unknown id, so a private person's existence stays hidden. */
    public static Person shownOrNotFound(Caller caller, Person person) {
        if (!sees(caller, person)) {
            throw ApiException.notFound("No person with id " + person.id());
        }
        return shown(caller, person);
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
     * An answer with every list entry that names a person hidden from this caller left out: an entry whose
     * {@code id}, {@code from} or {@code to} is such a person, or that holds an object (person, via, by, with...)
     * whose {@code id} is, and any such id in a list of ids. Used for the lists of people around a person (ties,
     * ledger, fans, reach, connectors, interactions, search); the person a view is about is checked first
     * ({@link #requireVisible}).
     */
    public Object pruned(Caller caller, Object answer) {
        if (caller.admin()) {
            return answer;
        }
        JsonNode tree = Json.MAPPER.valueToTree(answer);
        Set<String> hidden = hidden(caller, Pruning.ids(tree));
        if (!hidden.isEmpty()) {
            Pruning.prune(tree, hidden);
        }
        return tree;
    }

    /** A 404 when the person named in the path is hidden from this caller (their ledger, fans, ties...). */
    public void requireVisible(Caller caller, String personId) {
        if (hidden(caller, List.of(personId)).contains(personId)) {
            throw ApiException.notFound("No person with id " + personId);
        }
    }
}
