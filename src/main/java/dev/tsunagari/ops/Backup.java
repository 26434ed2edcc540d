package dev.tsunagari.ops;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * A backup of a running service: its JSON export streamed into a temporary file beside the target, forced to disk,
 * then renamed into place, so a backup file is either whole or absent. The service takes the export while holding
 * its own writes back, so the file is the graph at one moment: every write acknowledged before the backup began is
 * in it, none that started after the export was taken.
 */
public final class Backup {
    private Backup() {}

    /** Writes the backup to {@code out}; returns its size in bytes. */
    public static long run(URI service, String token, Path out) throws IOException, InterruptedException {
        Path target = out.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
        try {
            HttpRequest request = HttpRequest.newBuilder(service.resolve("/api/export?format=json"))
                    .header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofHours(1))
                    .build();
            HttpResponse<Path> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofFile(temp));
            if (response.statusCode() != 200) {
                throw new IOException("the service answered " + response.statusCode() + " to the export: "
                        + Files.readString(temp).strip());
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return Files.size(target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
