package dev.tsunagari.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads Cypher statements kept as files under {@code cypher/} (copied onto the classpath by the build).
 * "Keep the Cypher as Cypher": a repository asks for its statements by name when it is built, so a missing
 * file stops start-up with the path it looked for.
 */
public final class CypherFiles {
    private static final String ROOT = "cypher/";
    private final Map<String, Cypher> cache = new ConcurrentHashMap<>();
    private final ClassLoader classLoader;

    public CypherFiles() {
        this(CypherFiles.class.getClassLoader());
    }

    /** Statements from another class loader's {@code cypher/} (tests use it to take a file away). */
    public CypherFiles(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** The statement in {@code cypher/NAME.cypher}, e.g. {@code get("people/get")}. */
    public Cypher get(String name) {
        return cache.computeIfAbsent(name, this::load);
    }

    private Cypher load(String name) {
        String path = ROOT + name + ".cypher";
        try (InputStream in = classLoader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing Cypher file: " + path);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                throw new IllegalStateException("Empty Cypher file: " + path);
            }
            return new Cypher(name, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read Cypher file " + path, e);
        }
    }

    /** Names of the files in one folder (e.g. {@code schema}), sorted, without the extension. */
    public List<String> list(String folder) {
        return ClasspathFolder.list(ROOT + folder, ".cypher").stream()
                .map(file -> folder + "/" + file.substring(0, file.length() - ".cypher".length()))
                .toList();
    }
}
