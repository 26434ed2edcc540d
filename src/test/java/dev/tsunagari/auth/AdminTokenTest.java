package dev.tsunagari.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bootstrap token: the environment wins; otherwise generated once, printed once, kept owner-only, reused. */
class AdminTokenTest {
    @TempDir
    Path dataDir;

    @Test
    void aGeneratedTokenIsPrintedOnceAndKeptOwnerOnly() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        String token = AdminToken.resolve(Optional.empty(), dataDir, new PrintStream(out, true, StandardCharsets.UTF_8));

        Path file = dataDir.resolve(AdminToken.FILE_NAME);
        assertThat(token).hasSizeGreaterThanOrEqualTo(43).matches("[A-Za-z0-9_-]+");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(token);
        assertThat(Files.readString(file).strip()).isEqualTo(token);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void theNextStartReusesTheKeptTokenWithoutPrintingIt() throws Exception {
        String first = AdminToken.resolve(Optional.empty(), dataDir, new PrintStream(new ByteArrayOutputStream()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        String second = AdminToken.resolve(Optional.empty(), dataDir, new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(second).isEqualTo(first);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aKeptTokenFileIsPutBackToOwnerOnly() throws Exception {
        String first = AdminToken.resolve(Optional.empty(), dataDir, new PrintStream(new ByteArrayOutputStream()));
        Path file = dataDir.resolve(AdminToken.FILE_NAME);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(AdminToken.resolve(Optional.empty(), dataDir, new PrintStream(new ByteArrayOutputStream()))).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void theEnvironmentValueWinsAndNothingIsWritten() throws Exception {
        AdminToken.resolve(Optional.empty(), dataDir, new PrintStream(new ByteArrayOutputStream()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        String token = AdminToken.resolve(Optional.of("from-the-environment"), dataDir.resolve("fresh"),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(token).isEqualTo("from-the-environment");
        assertThat(dataDir.resolve("fresh")).doesNotExist();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(AdminToken.resolve(Optional.of("from-the-environment"), dataDir, System.out))
                .as("also over a kept file").isEqualTo("from-the-environment");
    }

    @Test
    void anEmptyTokenFileStopsStartUpRatherThanAcceptingAnEmptyToken() throws Exception {
        Files.writeString(dataDir.resolve(AdminToken.FILE_NAME), "\n");

        assertThatThrownBy(() -> AdminToken.resolve(Optional.empty(), dataDir, System.out))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("admin-token").hasMessageContaining("empty");
        assertThatThrownBy(() -> new BearerAuth(" ", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
