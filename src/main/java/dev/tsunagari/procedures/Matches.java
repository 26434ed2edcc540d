package dev.tsunagari.procedures;

import dev.tsunagari.tiegraph.TieGraph;
import dev.tsunagari.tiegraph.Viewer;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.collections.impl.list.mutable.primitive.DoubleArrayList;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;

/**
 * The people a full-text kind finds, with the index's score, read by {@code finder/search_matches}: notes make a
 * match only where the caller may read them.
 */
record Matches(int[] people, double[] scores) {
    @SuppressWarnings("deprecation")
    static Matches of(Transaction tx, TieGraph graph, String query, Viewer viewer) {
        Map<String, Object> params = new HashMap<>();
        params.put("query", query);
        params.put("seesAll", viewer.seesAll());
        params.put("account", viewer.account());
        params.put("person", viewer.person());
        IntArrayList people = new IntArrayList();
        DoubleArrayList scores = new DoubleArrayList();
        try (Result rows = tx.execute(PluginCypher.get("finder/search_matches"), params)) {
            rows.forEachRemaining(row -> {
                int p = graph.personAt(((Node) row.get("node")).getId());
                if (p != TieGraph.NONE) {
                    people.add(p);
                    scores.add(((Number) row.get("score")).doubleValue());
                }
            });
        }
        return new Matches(people.toArray(), scores.toArray());
    }
}
