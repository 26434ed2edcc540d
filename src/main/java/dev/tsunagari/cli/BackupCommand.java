package dev.tsunagari.cli;

import dev.tsunagari.ops.Backup;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backup --out FILE}: a consistent JSON backup of a running service, written atomically. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Write a consistent backup (the JSON export) of a running service to a file, atomically.")
public final class BackupCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, description = "The backup file to write.")
    Path out;

    @Option(names = "--url", defaultValue = "http://127.0.0.1:8080", description = "The running service.")
    URI url;

    @Option(names = "--token", description = "The admin token (default: TSUNAGARI_ADMIN_TOKEN).")
    String token;

    @Override
    public Integer call() throws Exception {
        String bearer = token != null ? token : System.getenv("TSUNAGARI_ADMIN_TOKEN");
        if (bearer == null || bearer.isBlank()) {
            System.err.println("backup needs the admin token: --token or TSUNAGARI_ADMIN_TOKEN");
            return 2;
        }
        long bytes = Backup.run(url, bearer, out);
        System.err.println("backup written: " + out + " (" + bytes + " bytes)");
        return 0;
    }
}
