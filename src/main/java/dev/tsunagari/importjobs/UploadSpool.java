package dev.tsunagari.importjobs;

import dev.tsunagari.http.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where import bodies wait while they are imported: a folder of the service's own (under its data directory), not
 * the shared temporary one, so that the files a stopped or crashed process left behind can be found and deleted
 * when the next one starts.
 */
public final class UploadSpool {
    private static final Logger log = LoggerFactory.getLogger(UploadSpool.class);
    private final Path dir;

    public UploadSpool(Path dir) {
        this.dir = dir;
    }

    /** Streams {@code body} into a new file of at most {@code maxBytes}; a 413 or 400 leaves no file behind. */
    Path take(InputStream body, long maxBytes) throws IOException {
        Files.createDirectories(dir);
        Path file = Files.createTempFile(dir, "import-", ".upload");
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            int n;
            while ((n = body.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new ApiException(413, "/problems/too-large", "Content too large",
                            "An import file may have at most " + maxBytes + " bytes.", List.of());
                }
                out.write(buffer, 0, n);
            }
            if (total == 0) {
                throw ApiException.invalid("body", "the file to import is required as the request body");
            }
            return file;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** Deletes every spooled file: called at start, before this process has spooled any. Returns how many. */
    int clear() {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.upload")) {
            for (Path file : files) {
                if (Files.deleteIfExists(file)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the import spool " + dir, e);
        }
        if (deleted > 0) {
            log.info("deleted {} import upload(s) left behind by a previous process", deleted);
        }
        return deleted;
    }
}
