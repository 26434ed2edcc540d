package dev.tsunagari.graph;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Lists the files of a classpath folder, whether the classes run from a directory or from the jar. */
public final class ClasspathFolder {
    private ClasspathFolder() {}

    /** File names (not paths) in {@code folder} ending with {@code extension}, sorted. */
    public static List<String> list(String folder, String extension) {
        URL url = ClasspathFolder.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new IllegalStateException("Missing classpath folder: " + folder);
        }
        try {
            URI uri = url.toURI();
            Path dir = "jar".equals(uri.getScheme()) ? jarFileSystem(uri).getPath(folder) : Path.of(uri);
            try (Stream<Path> files = Files.list(dir)) {
                return files.map(p -> p.getFileName().toString())
                        .filter(f -> f.endsWith(extension))
                        .sorted()
                        .toList();
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Cannot list classpath folder " + folder, e);
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
