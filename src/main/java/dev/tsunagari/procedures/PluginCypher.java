package dev.tsunagari.procedures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Cypher statements the procedures run inside Neo4j, read from the same {@code cypher/} files as the service's
 * (the plugin jar carries the ones it needs), so each statement exists once.
 */
final class PluginCypher {
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private PluginCypher() {}

    static String get(String name) {
        return CACHE.computeIfAbsent(name, PluginCypher::load);
    }

    private static String load(String name) {
        String path = "cypher/" + name + ".cypher";
        try (InputStream in = PluginCypher.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing Cypher file in the plugin: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
