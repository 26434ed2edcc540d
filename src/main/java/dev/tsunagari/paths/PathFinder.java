package dev.tsunagari.paths;

import dev.tsunagari.auth.Caller;
import dev.tsunagari.finder.HopFilter;
import dev.tsunagari.finder.Link;
import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.http.ApiException;
import dev.tsunagari.privacy.Visibility;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Bridge paths between two people (LDBC IC13 semantics, ranked): one call to {@code tsunagari.paths} inside Neo4j,
 * which searches the live tie index and answers ranked, cut to the limit and with privacy applied for the caller.
 */
public final class PathFinder {
    private final Graph graph;
    private final Clock clock;
    private final Cypher paths;

    public PathFinder(Graph graph, CypherFiles files, Clock clock) {
        this.graph = graph;
        this.clock = clock;
        this.paths = files.get("finder/paths");
    }

    /** The request, checked at the edge. */
    public record Query(String from, String to, int maxLength, int limit, HopFilter filter) {}

    /** The answer as {@code caller} may see it; an end that is unknown or hidden from them is a 404. */
    public PathsAnswer find(Query q, Caller caller) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", q.from());
        params.put("to", q.to());
        params.put("options", options(q, caller));
        List<Record> rows = graph.read(tx -> Graph.run(tx, paths, params).list());
        if (rows.isEmpty()) {
            return PathsAnswer.none();
        }
        Value notFound = rows.get(0).get("notFound");
        if (!notFound.isNull()) {
            String field = notFound.asString();
            throw ApiException.notFound(field + ": no person with id " + ("from".equals(field) ? q.from() : q.to()));
        }
        return new PathsAnswer(rows.get(0).get("length").asInt(), rows.stream().map(PathFinder::asPath).toList());
    }

    private Map<String, Object> options(Query q, Caller caller) {
        Map<String, Object> options = new HashMap<>(q.filter().parameters());
        options.put("maxLength", q.maxLength());
        options.put("limit", q.limit());
        options.put("today", LocalDate.now(clock).toString());
        options.put("caller", Visibility.parameters(caller));
        return options;
    }

    private static BridgePath asPath(Record row) {
        List<PersonRef> nodes = row.get("nodes").asList(n -> new PersonRef(n.get("id").asString(), text(n.get("name"))));
        List<Link> links = row.get("links").asList(l -> new Link(l.get("from").asString(), l.get("to").asString(),
                l.get("type").asString(), l.get("strength").asDouble(), text(l.get("context")), text(l.get("since")),
                text(l.get("lastContact")), l.get("score").asDouble()));
        return new BridgePath(nodes, links, row.get("score").asDouble());
    }

    private static String text(Value value) {
        return value.isNull() ? null : value.asString();
    }
}
