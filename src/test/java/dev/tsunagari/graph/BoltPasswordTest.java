package dev.tsunagari.graph;

import static java.nio.file.attribute.PosixFilePermission.OWNER_READ;
import static java.nio.file.attribute.PosixFilePermission.OWNER_WRITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tsunagari.config.Config;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.exceptions.AuthenticationException;

/**
 * The embedded Bolt port answers only on 127.0.0.1 and only with the password: generated once and kept owner-only,
 * the same after a restart, and replaced when NEO4J_PASSWORD is set.
 */
class BoltPasswordTest {
    private static final org.neo4j.driver.Config QUIET = org.neo4j.driver.Config.builder().withLogging(Logging.slf4j()).build();
    @TempDir
    Path dataDir;

    @Test
    void boltRefusesAnyoneWithoutThePasswordAndTheGeneratedOneIsKeptOwnerOnly() throws IOException {
        Config config = Config.fromEnvironment(Map.of()).withDataDir(dataDir).withBoltPort(0);
        String generated;
        try (Neo4jConnection neo4j = Neo4jConnection.open(config)) {
            String uri = neo4j.embedded().orElseThrow().boltUri();
            Path file = dataDir.resolve("neo4j-password");
            generated = Files.readString(file).strip();

            assertThat(uri).startsWith("bolt://127.0.0.1:");
            assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(OWNER_READ, OWNER_WRITE);
            assertThat(generated).hasSizeGreaterThanOrEqualTo(43);
            assertRefused(uri, AuthTokens.none());
            assertRefused(uri, AuthTokens.basic("neo4j", "neo4j"));
            assertAccepted(uri, AuthTokens.basic("neo4j", generated));
        }

        try (Neo4jConnection again = Neo4jConnection.open(config)) {
            assertThat(Files.readString(dataDir.resolve("neo4j-password")).strip()).isEqualTo(generated);
            assertAccepted(again.embedded().orElseThrow().boltUri(), AuthTokens.basic("neo4j", generated));
        }
    }

    @Test
    void neo4jPasswordReplacesTheKeptOne() {
        Config generated = Config.fromEnvironment(Map.of()).withDataDir(dataDir).withBoltPort(0);
        try (Neo4jConnection first = Neo4jConnection.open(generated)) {
            first.graph().probe(new CypherFiles().get("graph/ping"));
        }
        Config chosen = Config.fromEnvironment(Map.of("NEO4J_PASSWORD", "つながり-local-secret")).withDataDir(dataDir).withBoltPort(0);
        try (Neo4jConnection second = Neo4jConnection.open(chosen)) {
            String uri = second.embedded().orElseThrow().boltUri();
            assertAccepted(uri, AuthTokens.basic("neo4j", "つながり-local-secret"));
            assertRefused(uri, AuthTokens.none());
        }
    }

    @Test
    void aPasswordShorterThanNeo4jAcceptsIsRefusedBeforeStarting() {
        Config config = Config.fromEnvironment(Map.of("NEO4J_PASSWORD", "short")).withDataDir(dataDir).withBoltPort(0);

        assertThatThrownBy(() -> Neo4jConnection.open(config)).hasMessageContaining("NEO4J_PASSWORD must be at least 8");
    }

    private static void assertRefused(String uri, AuthToken auth) {
        try (Driver driver = GraphDatabase.driver(uri, auth, QUIET)) {
            assertThatThrownBy(driver::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
    }

    private static void assertAccepted(String uri, AuthToken auth) {
        try (Driver driver = GraphDatabase.driver(uri, auth, QUIET)) {
            driver.verifyConnectivity();
        }
    }
}
