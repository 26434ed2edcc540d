package dev.tsunagari.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Loads Cypher statements kept as files under {@code cypher/} (copied onto the classpath by the build).
 * "Keep the Cypher as Cypher": a repository asks for its statements by name when it is built, so a missing
 * file stops start-up with the path it looked for.
 */
public final class CypherFiles {
    private static final String ROOT = "cypher/";
    private final Map<String, Cypher> cache = new ConcurrentHashMap<>();

    /** The statement in {@code cypher/NAME.cypher}, e.g. {@code get("people/get")}. */
    public Cypher get(String name) {
        return cache.computeIfAbsent(name, CypherFiles::load);
    }

    private static Cypher load(String name) {
        String path = ROOT + name + ".cypher";
        try (InputStream in = CypherFiles.class.getClassLoader().getResourceAsStream(path)) {
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
        URL url = CypherFiles.class.getClassLoader().getResource(ROOT + folder);
        if (url == null) {
            throw new IllegalStateException("Missing Cypher folder: " + ROOT + folder);
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                return listIn(jarFileSystem(uri).getPath(ROOT + folder), folder);
            }
            return listIn(Path.of(uri), folder);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Cannot list Cypher folder " + ROOT + folder, e);
        }
    }

    private static List<String> listIn(Path dir, String folder) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(f -> f.endsWith(".cypher"))
                    .sorted()
                    .map(f -> folder + "/" + f.substring(0, f.length() - ".cypher".length()))
                    .toList();
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        }
    }
}
