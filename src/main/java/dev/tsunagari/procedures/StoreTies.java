package dev.tsunagari.procedures;

import dev.tsunagari.tiegraph.PathRanking;
import dev.tsunagari.tiegraph.TieGraph;
import dev.tsunagari.tiegraph.Ties;
import java.util.ArrayList;
import java.util.List;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Path;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;

/**
 * The store's own nodes and relationships behind a route found on a tie graph: each hop's tie is the relationship
 * of that type stored in that direction between the two people (a tie is keyed by from, type and to).
 */
final class StoreTies {
    private StoreTies() {}

    /** The route as a {@link Path} of this transaction; null when one of its people or ties is not in it. */
    static Path path(Transaction tx, TieGraph graph, PathRanking.Route route) {
        List<Node> nodes = new ArrayList<>();
        for (int p : route.people()) {
            Node node = People.node(tx, graph, p);
            if (node == null) {
                return null;
            }
            nodes.add(node);
        }
        List<Relationship> relationships = new ArrayList<>();
        for (int i = 0; i < route.hops().length; i++) {
            Relationship r = relationship(nodes.get(i), nodes.get(i + 1), route.hops()[i]);
            if (r == null) {
                return null;
            }
            relationships.add(r);
        }
        return new StorePath(nodes, relationships);
    }

    /** The hop's tie between {@code u} and {@code v}, walked from whichever of the two has fewer such ties. */
    private static Relationship relationship(Node u, Node v, PathRanking.Hop hop) {
        Ties ties = hop.ties();
        RelationshipType type = RelationshipType.withName(Ties.typeName(ties.type(hop.entry())));
        boolean fromU = ties.outgoing(hop.entry());
        Node start = fromU ? u : v;
        Node end = fromU ? v : u;
        boolean fromStart = start.getDegree(type, Direction.OUTGOING) <= end.getDegree(type, Direction.INCOMING);
        Node walked = fromStart ? start : end;
        Node other = fromStart ? end : start;
        Relationship found = null;
        for (Relationship r : walked.getRelationships(fromStart ? Direction.OUTGOING : Direction.INCOMING, type)) {
            if (!r.getOtherNode(walked).equals(other)) {
                continue;
            }
            // Two ties of one type and direction between the same people only come from a script: take the one
            // whose strength the hop counted.
            if (found == null || strength(r) == ties.strength(hop.entry())) {
                found = r;
            }
        }
        return found;
    }

    private static double strength(Relationship r) {
        return r.getProperty("strength", null) instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
