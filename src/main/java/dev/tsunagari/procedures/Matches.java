package dev.tsunagari.procedures;

import dev.tsunagari.tiegraph.TieGraph;
import dev.tsunagari.tiegraph.Viewer;
import java.util.function.IntPredicate;
import org.eclipse.collections.impl.list.mutable.primitive.DoubleArrayList;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.neo4j.exceptions.KernelException;
import org.neo4j.internal.kernel.api.IndexQueryConstraints;
import org.neo4j.internal.kernel.api.IndexReadSession;
import org.neo4j.internal.kernel.api.NodeValueIndexCursor;
import org.neo4j.internal.kernel.api.PropertyIndexQuery;
import org.neo4j.internal.schema.IndexDescriptor;
import org.neo4j.kernel.api.KernelTransaction;

/**
 * The people a full-text kind finds, with the index's score. Notes make a match only where the caller may read
 * them (an admin, or the account that added the person): those people come from {@code person_text_with_notes},
 * everyone else from {@code person_text}, which has no notes; each person once.
 *
 * <p>The hits are read through the kernel's index cursor, each one's node found in the tie graph by its id: no
 * Cypher row, no existence check and no property read per hit. A common word matches thousands of people, and
 * through {@code db.index.fulltext.queryNodes} those per-hit costs were most of a search (BENCHMARKS.md). This is why
 * the {@code tsunagari.*} procedures are {@code unrestricted}.
 */
record Matches(int[] people, double[] scores) {
    static final String WITH_NOTES = "person_text_with_notes";
    static final String WITHOUT_NOTES = "person_text";

    static Matches of(KernelTransaction ktx, TieGraph graph, String query, Viewer viewer) {
        IntArrayList people = new IntArrayList();
        DoubleArrayList scores = new DoubleArrayList();
        String account = viewer.account();
        // An admin reads every note, so the index without notes is not asked at all.
        read(ktx, WITH_NOTES, query, graph, people, scores,
                p -> viewer.seesAll() || account != null && account.equals(graph.addedBy(p)));
        if (!viewer.seesAll()) {
            read(ktx, WITHOUT_NOTES, query, graph, people, scores,
                    p -> account == null || !account.equals(graph.addedBy(p)));
        }
        return new Matches(people.toArray(), scores.toArray());
    }

    private static void read(KernelTransaction ktx, String indexName, String query, TieGraph graph,
            IntArrayList people, DoubleArrayList scores, IntPredicate counts) {
        IndexDescriptor index = ktx.schemaRead().indexGetForName(indexName);
        if (index == IndexDescriptor.NO_INDEX) {
            throw new IllegalStateException("the full-text index " + indexName + " is missing (schema migrations)");
        }
        try (NodeValueIndexCursor hits = ktx.cursors().allocateNodeValueIndexCursor(ktx.cursorContext(),
                ktx.memoryTracker())) {
            IndexReadSession session = ktx.dataRead().indexReadSession(index);
            ktx.dataRead().nodeIndexSeek(ktx.queryContext(), session, hits, IndexQueryConstraints.unconstrained(),
                    PropertyIndexQuery.fulltextSearch(query));
            while (hits.next()) {
                int p = graph.personAt(hits.nodeReference());
                if (p != TieGraph.NONE && counts.test(p)) {
                    people.add(p);
                    scores.add(hits.score());
                }
            }
        } catch (KernelException e) {
            throw new IllegalArgumentException("the full-text query could not run: " + e.getMessage(), e);
        }
    }
}
