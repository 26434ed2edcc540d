package dev.tsunagari.graph;

/** One named Cypher statement, loaded from {@code cypher/NAME.cypher}. */
public record Cypher(String name, String text) {
    @Override
    public String toString() {
        return name;
    }
}
