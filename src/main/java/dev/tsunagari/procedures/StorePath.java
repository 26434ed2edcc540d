package dev.tsunagari.procedures;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Path;
import org.neo4j.graphdb.Relationship;

/**
 * A {@link Path} over the store's own nodes and relationships, read in the procedure's transaction: what Cypher
 * yields as a {@code PATH} and Neo4j Browser draws. {@code nodes} holds one more element than {@code relationships}.
 */
record StorePath(List<Node> nodeList, List<Relationship> relationshipList) implements Path {
    StorePath {
        if (nodeList.size() != relationshipList.size() + 1) {
            throw new IllegalArgumentException("a path has one node more than relationships");
        }
        nodeList = List.copyOf(nodeList);
        relationshipList = List.copyOf(relationshipList);
    }

    @Override
    public Node startNode() {
        return nodeList.get(0);
    }

    @Override
    public Node endNode() {
        return nodeList.get(nodeList.size() - 1);
    }

    @Override
    public Relationship lastRelationship() {
        return relationshipList.isEmpty() ? null : relationshipList.get(relationshipList.size() - 1);
    }

    @Override
    public Iterable<Relationship> relationships() {
        return relationshipList;
    }

    @Override
    public Iterable<Relationship> reverseRelationships() {
        return reversed(relationshipList);
    }

    @Override
    public Iterable<Node> nodes() {
        return nodeList;
    }

    @Override
    public Iterable<Node> reverseNodes() {
        return reversed(nodeList);
    }

    @Override
    public int length() {
        return relationshipList.size();
    }

    /** Node, relationship, node, ... from start to end. */
    @Override
    public Iterator<Entity> iterator() {
        List<Entity> all = new ArrayList<>();
        for (int i = 0; i < nodeList.size(); i++) {
            if (i > 0) {
                all.add(relationshipList.get(i - 1));
            }
            all.add(nodeList.get(i));
        }
        return all.iterator();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Entity e : this) {
            out.append(e instanceof Node ? "(" + e.getElementId() + ")" : "-[" + e.getElementId() + "]-");
        }
        return out.toString();
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }
}
