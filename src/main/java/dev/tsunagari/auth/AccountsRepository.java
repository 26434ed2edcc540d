package dev.tsunagari.auth;

import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.graph.Timestamps;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/**
 * Owns the Cypher and the mapping of accounts. Every change empties the {@link TokenCache}, so a rotated or
 * revoked token is refused from the next request on.
 */
public final class AccountsRepository {
    private final Graph graph;
    private final TokenCache cache;
    private final Cypher create;
    private final Cypher byHash;
    private final Cypher get;
    private final Cypher list;
    private final Cypher update;
    private final Cypher rotate;
    private final Cypher delete;

    public AccountsRepository(Graph graph, CypherFiles files, TokenCache cache) {
        this.graph = graph;
        this.cache = cache;
        this.create = files.get("accounts/create");
        this.byHash = files.get("accounts/by_hash");
        this.get = files.get("accounts/get");
        this.list = files.get("accounts/list");
        this.update = files.get("accounts/update");
        this.rotate = files.get("accounts/rotate");
        this.delete = files.get("accounts/delete");
    }

    /** The new account with its token, the only time the token is ever returned. */
    public Account create(String id, AccountInput in) {
        String token = Tokens.generate();
        Map<String, Object> params = fields(id, in);
        params.put("hash", Tokens.hash(token));
        Account created = graph.write(tx -> asAccount(Graph.run(tx, create, params).single().get("a").asNode()));
        return created.withToken(token);
    }

    /** The caller a token hash belongs to, through the cache. */
    Optional<Caller> callerFor(String hash) {
        return cache.get(hash, () -> graph.read(tx -> Graph.run(tx, byHash, Map.of("hash", hash)).list())
                .stream().findFirst().map(r -> Caller.of(asAccount(r.get("a").asNode()))));
    }

    public Optional<Account> find(String id) {
        return graph.read(tx -> Graph.run(tx, get, Map.of("id", id)).list()).stream().findFirst()
                .map(r -> asAccount(r.get("a").asNode()));
    }

    public List<Account> list(Optional<String> after, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("after", after.orElse(null));
        params.put("limit", limit);
        return graph.read(tx -> Graph.run(tx, list, params).list(r -> asAccount(r.get("a").asNode())));
    }

    public Optional<Account> update(String id, AccountInput in) {
        return changed(update, fields(id, in));
    }

    /** The account with a fresh token; the old one is dead as soon as this returns. */
    public Optional<Account> rotate(String id) {
        String token = Tokens.generate();
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("hash", Tokens.hash(token));
        params.put("now", Timestamps.now());
        return changed(rotate, params).map(a -> a.withToken(token));
    }

    public boolean delete(String id) {
        boolean deleted = graph.write(tx -> Graph.run(tx, delete, Map.of("id", id)).hasNext());
        cache.clear();
        return deleted;
    }

    /** Accounts were written past this repository (an import restoring them): tokens are looked up again. */
    public void forgetCachedTokens() {
        cache.clear();
    }

    private Optional<Account> changed(Cypher statement, Map<String, Object> params) {
        Optional<Account> account = graph.write(tx -> Graph.run(tx, statement, params).list()).stream().findFirst()
                .map(r -> asAccount(r.get("a").asNode()));
        cache.clear();
        return account;
    }

    private static Map<String, Object> fields(String id, AccountInput in) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("name", in.name());
        params.put("role", in.role());
        params.put("person", in.person());
        params.put("now", Timestamps.now());
        return params;
    }

    private static Account asAccount(Node node) {
        return new Account(node.get("id").asString(), node.get("name").asString(), node.get("role").asString(),
                text(node.get("person")), text(node.get("createdAt")), text(node.get("updatedAt")), null);
    }

    private static String text(Value value) {
        return value.isNull() ? null : value.asString();
    }
}
