package dev.tsunagari.paths;

import dev.tsunagari.finder.HopFilter;
import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Owns the Cypher of walking usable hops a level at a time. Every method runs inside the caller's read
 * transaction and speaks element ids, which are stable within it, so that a search never reads a property it
 * does not need; ids and names are fetched only for the people an answer shows.
 */
public final class UsableHops {
    private final Cypher endpoints;
    private final Cypher expand;
    private final Cypher expandInto;
    private final Cypher ties;
    private final Cypher people;

    public UsableHops(CypherFiles files) {
        this.endpoints = files.get("finder/paths_endpoints");
        this.expand = files.get("finder/paths_expand");
        this.expandInto = files.get("finder/paths_expand_into");
        this.ties = files.get("finder/paths_ties");
        this.people = files.get("finder/paths_people");
    }

    /** Person id to element id, for the ids that name a person. */
    public Map<String, String> nodesOf(TransactionContext tx, Collection<String> ids) {
        Map<String, String> nodes = new HashMap<>();
        Graph.run(tx, endpoints, Map.of("ids", List.copyOf(ids)))
                .forEachRemaining(row -> nodes.put(row.get("id").asString(), row.get("node").asString()));
        return nodes;
    }

    /** For each person of the frontier, everyone one usable hop away. */
    public Map<String, List<String>> expand(TransactionContext tx, Collection<String> frontier, HopFilter filter) {
        Map<String, Object> params = filter.parameters();
        params.put("frontier", List.copyOf(frontier));
        return neighbours(tx, expand, params);
    }

    /** Like {@link #expand}, keeping only the hops that land in {@code targets}. */
    public Map<String, List<String>> expandInto(TransactionContext tx, Collection<String> frontier,
            Collection<String> targets, HopFilter filter) {
        Map<String, Object> params = filter.parameters();
        params.put("frontier", List.copyOf(frontier));
        params.put("targets", List.copyOf(targets));
        return neighbours(tx, expandInto, params);
    }

    private static Map<String, List<String>> neighbours(TransactionContext tx, Cypher query, Map<String, Object> params) {
        Map<String, List<String>> found = new HashMap<>();
        Graph.run(tx, query, params).forEachRemaining(row ->
                found.put(row.get("node").asString(), row.get("neighbours").asList(Value::asString)));
        return found;
    }

    /** Every usable tie behind the given hops, each hop a pair [u, v] of element ids in the direction of travel. */
    public List<HopTie> ties(TransactionContext tx, Collection<List<String>> hops, HopFilter filter) {
        Map<String, Object> params = filter.parameters();
        params.put("pairs", List.copyOf(hops));
        return Graph.run(tx, ties, params).list(row -> new HopTie(
                row.get("u").asString(), row.get("v").asString(),
                row.get("from").asString(), row.get("to").asString(), row.get("type").asString(),
                row.get("strength").asDouble(), text(row.get("context")),
                date(row.get("since")), date(row.get("lastContact")), row.get("fan").asBoolean()));
    }

    /** Id and name by element id. */
    public Map<String, PersonRef> people(TransactionContext tx, Collection<String> nodes) {
        Map<String, PersonRef> found = new LinkedHashMap<>();
        Graph.run(tx, people, Map.of("nodes", List.copyOf(nodes))).forEachRemaining(row -> found.put(
                row.get("node").asString(), new PersonRef(row.get("id").asString(), text(row.get("name")))));
        return found;
    }

    private static String text(Value value) {
        return value.isNull() ? null : value.asString();
    }

    private static LocalDate date(Value value) {
        return value.isNull() ? null : value.asLocalDate();
    }
}
