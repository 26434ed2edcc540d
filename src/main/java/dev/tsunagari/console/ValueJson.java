package dev.tsunagari.console;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Point;
import org.neo4j.driver.types.Relationship;

/**
 * Any value a Cypher query can return, as plain JSON: nodes as {@code {elementId, labels, properties}},
 * relationships with their end nodes' element ids, paths as their nodes and relationships, temporal values as
 * ISO 8601 text, points as {@code {srid, x, y, z}}, bytes as Base64. JSON has no NaN or infinity: those become text.
 */
final class ValueJson {
    private ValueJson() {}

    static Object of(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long) {
            return value;
        }
        if (value instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? d.toString() : d;
        }
        if (value instanceof Node node) {
            return node(node);
        }
        if (value instanceof Relationship rel) {
            return relationship(rel);
        }
        if (value instanceof Path path) {
            List<Object> nodes = new ArrayList<>();
            List<Object> relationships = new ArrayList<>();
            path.nodes().forEach(n -> nodes.add(node(n)));
            path.relationships().forEach(r -> relationships.add(relationship(r)));
            return ordered("nodes", nodes, "relationships", relationships);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ValueJson::of).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), of(v)));
            return out;
        }
        return scalar(value);
    }

    private static Object scalar(Object value) {
        if (value instanceof ZonedDateTime t) {
            // An offset-only value prints as plain ISO 8601; a named zone keeps it in brackets, as Cypher does.
            return t.getZone() instanceof java.time.ZoneOffset
                    ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t) : DateTimeFormatter.ISO_ZONED_DATE_TIME.format(t);
        }
        if (value instanceof LocalDate || value instanceof LocalDateTime || value instanceof LocalTime
                || value instanceof OffsetTime || value instanceof IsoDuration) {
            return value.toString();
        }
        if (value instanceof Point p) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("srid", p.srid());
            point.put("x", p.x());
            point.put("y", p.y());
            if (!Double.isNaN(p.z())) {
                point.put("z", p.z());
            }
            return point;
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        return value.toString();
    }

    private static Map<String, Object> node(Node node) {
        List<String> labels = new ArrayList<>();
        node.labels().forEach(labels::add);
        return ordered("elementId", node.elementId(), "labels", labels, "properties", properties(node.asMap()));
    }

    private static Map<String, Object> relationship(Relationship rel) {
        Map<String, Object> out = ordered("elementId", rel.elementId(), "type", rel.type(),
                "startNodeElementId", rel.startNodeElementId(), "endNodeElementId", rel.endNodeElementId());
        out.put("properties", properties(rel.asMap()));
        return out;
    }

    private static Map<String, Object> properties(Map<String, Object> properties) {
        Map<String, Object> out = new TreeMap<>();
        properties.forEach((k, v) -> out.put(k, of(v)));
        return out;
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }
}
