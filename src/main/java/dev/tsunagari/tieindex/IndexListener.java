package dev.tsunagari.tieindex;

import org.eclipse.collections.impl.set.mutable.primitive.LongHashSet;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.event.LabelEntry;
import org.neo4j.graphdb.event.PropertyEntry;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListener;

/**
 * Hears every committed transaction of the database, whoever wrote it (REST, imports, restores, the console, a
 * script over Bolt): before the commit it notes which nodes the transaction touched — people whose fields or
 * labels changed, both ends of every KNOWS, TRUSTS or FAN_OF tie created, deleted or changed, and the person an
 * introduction is asked VIA — and after the
 * commit it hands them to the index, which reads them again. Nothing else is done on the commit path.
 */
final class IndexListener implements TransactionEventListener<LongHashSet> {
    private final LiveIndex index;

    IndexListener(LiveIndex index) {
        this.index = index;
    }

    @Override
    @SuppressWarnings("deprecation")
    public LongHashSet beforeCommit(TransactionData data, Transaction transaction, GraphDatabaseService db) {
        LongHashSet touched = new LongHashSet();
        for (Node n : data.createdNodes()) {
            person(n, touched);
        }
        for (Node n : data.deletedNodes()) {
            touched.add(n.getId());
        }
        for (PropertyEntry<Node> e : data.assignedNodeProperties()) {
            person(e.entity(), touched);
        }
        for (PropertyEntry<Node> e : data.removedNodeProperties()) {
            person(e.entity(), touched);
        }
        for (LabelEntry e : data.assignedLabels()) {
            if (e.label().equals(Store.PERSON)) {
                touched.add(e.node().getId());
            }
        }
        for (LabelEntry e : data.removedLabels()) {
            if (e.label().equals(Store.PERSON)) {
                touched.add(e.node().getId());
            }
        }
        for (Relationship r : data.createdRelationships()) {
            ends(r, touched);
        }
        for (Relationship r : data.deletedRelationships()) {
            ends(r, touched);
        }
        for (PropertyEntry<Relationship> e : data.assignedRelationshipProperties()) {
            ends(e.entity(), touched);
        }
        for (PropertyEntry<Relationship> e : data.removedRelationshipProperties()) {
            ends(e.entity(), touched);
        }
        return touched;
    }

    /** A node that is (still) a person; a deleted one is noted through deletedNodes. */
    @SuppressWarnings("deprecation")
    private static void person(Node n, LongHashSet touched) {
        if (!isPerson(n)) {
            return;
        }
        touched.add(n.getId());
    }

    private static boolean isPerson(Node n) {
        try {
            return n.hasLabel(Store.PERSON);
        } catch (RuntimeException deleted) {
            return true;
        }
    }

    @SuppressWarnings("deprecation")
    private static void ends(Relationship r, LongHashSet touched) {
        if (r.isType(Store.KNOWS) || r.isType(Store.TRUSTS) || r.isType(Store.FAN_OF)) {
            touched.add(r.getStartNodeId());
            touched.add(r.getEndNodeId());
        } else if (r.isType(Store.VIA)) {
            touched.add(r.getEndNodeId());
        }
    }

    @Override
    public void afterCommit(TransactionData data, LongHashSet touched, GraphDatabaseService db) {
        index.changed(touched == null ? new LongHashSet() : touched, data.getTransactionId());
    }

    @Override
    public void afterRollback(TransactionData data, LongHashSet touched, GraphDatabaseService db) {
        // Nothing was committed: nothing to read again.
    }
}
