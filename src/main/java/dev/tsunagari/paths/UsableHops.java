package dev.tsunagari.paths;

import dev.tsunagari.finder.HopFilter;
import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Owns the Cypher of walking usable hops a level at a time. Every method runs inside the caller's read
 * transaction and speaks element ids, which are stable within it, so that a search reads no property it does not
 * need; ids and names come back only for the people an answer shows.
 */
public final class UsableHops {
    /**
     * How a statement is run and read in full. The service runs it as it is; the benchmark passes one that also
     * PROFILEs it, so that it measures the very statements of a real request.
     */
    public interface Statements {
        List<Record> run(TransactionContext tx, Cypher query, Map<String, Object> params);
    }

    public static final Statements AS_IS = (tx, query, params) -> Graph.run(tx, query, params).list();
    private final Statements statements;
    private final Cypher start;
    private final Cypher expand;
    private final Cypher ties;

    public UsableHops(CypherFiles files) {
        this(files, AS_IS);
    }

    public UsableHops(CypherFiles files, Statements statements) {
        this.statements = statements;
        this.start = files.get("finder/paths_start");
        this.expand = files.get("finder/paths_expand");
        this.ties = files.get("finder/paths_ties");
    }

    /** A person a search starts from, with everyone one usable hop away (element ids). */
    public record Origin(String id, String node, String name, List<String> neighbours) {
        public PersonRef person() {
            return new PersonRef(id, name);
        }
    }

    /** The people the ids name (an unknown id is left out), by id, each with their first level. */
    public Map<String, Origin> origins(TransactionContext tx, Collection<String> ids, HopFilter filter) {
        Map<String, Object> params = filter.parameters();
        params.put("ids", List.copyOf(ids));
        Map<String, Origin> origins = new HashMap<>();
        statements.run(tx, start, params).forEach(row -> origins.put(row.get("id").asString(), new Origin(
                row.get("id").asString(), row.get("node").asString(), text(row.get("name")),
                row.get("neighbours").asList(Value::asString))));
        return origins;
    }

    /** For each person of the frontier, everyone one usable hop away. */
    public Map<String, List<String>> expand(TransactionContext tx, Collection<String> frontier, HopFilter filter) {
        Map<String, Object> params = filter.parameters();
        params.put("frontier", List.copyOf(frontier));
        return neighbours(tx, expand, params);
    }

    private Map<String, List<String>> neighbours(TransactionContext tx, Cypher query,
            Map<String, Object> params) {
        Map<String, List<String>> found = new HashMap<>();
        statements.run(tx, query, params).forEach(row ->
                found.put(row.get("node").asString(), row.get("neighbours").asList(Value::asString)));
        return found;
    }

    /** Every usable tie behind the given hops, each hop a pair [u, v] of element ids in the direction of travel. */
    public List<HopTie> ties(TransactionContext tx, Collection<List<String>> hops, HopFilter filter) {
        Map<String, Object> params = filter.parameters();
        params.put("pairs", List.copyOf(hops));
        return statements.run(tx, ties, params).stream().map(UsableHops::asHopTie).toList();
    }

    private static HopTie asHopTie(Record row) {
        return new HopTie(
                row.get("u").asString(), new PersonRef(row.get("uId").asString(), text(row.get("uName"))),
                row.get("v").asString(), new PersonRef(row.get("vId").asString(), text(row.get("vName"))),
                row.get("from").asString(), row.get("to").asString(), row.get("type").asString(),
                row.get("strength").asDouble(), text(row.get("context")),
                date(row.get("since")), date(row.get("lastContact")), row.get("fan").asBoolean());
    }

    private static String text(Value value) {
        return value.isNull() ? null : value.asString();
    }

    private static LocalDate date(Value value) {
        return value.isNull() ? null : value.asLocalDate();
    }
}
