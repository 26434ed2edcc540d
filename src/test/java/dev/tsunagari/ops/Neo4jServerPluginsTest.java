package dev.tsunagari.ops;

import dev.tsunagari.cli.Neo4jServerCommand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tsunagari.config.Config;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Neo4jConnection;
import dev.tsunagari.graph.PluginCheck;
import dev.tsunagari.procedures.PluginVersion;
import dev.tsunagari.procedures.VersionProcedure;
import dev.tsunagari.support.PlainNeo4j;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;

/**
 * {@code neo4j-server} runs the procedures of the plugin jar in its plugins directory, never the copies of the same
 * classes on its own class path (the service's jar, here the test class path, holds them too).
 */
class Neo4jServerPluginsTest {
    private static final String PASSWORD = "neo4j-server-plugins-test";

    @TempDir
    Path dir;

    @Test
    void theProceduresAndTheTieIndexComeFromThePluginJarAndTheServiceRefusesItsOtherVersion() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path jar = pluginJar(plugins.resolve("tsunagari-neo4j-plugin.jar"), "0.0.0-other");
        try (Neo4jServerCommand.Running server = Neo4jServerCommand.start(dir.resolve("neo4j"), 0, PASSWORD,
                Optional.empty(), plugins)) {
            assertThat(server.pluginJars()).containsExactly(jar.toAbsolutePath().normalize());
            for (String type : List.of(VersionProcedure.class.getName(), "dev.tsunagari.tieindex.IndexExtension")) {
                Class<?> loaded = server.neo4jClassLoader().loadClass(type);
                assertThat(Path.of(loaded.getProtectionDomain().getCodeSource().getLocation().toURI()))
                        .as(type).isEqualTo(jar.toAbsolutePath().normalize());
            }
            try (Driver driver = GraphDatabase.driver(server.boltUri(), AuthTokens.basic("neo4j", PASSWORD),
                    org.neo4j.driver.Config.builder().withLogging(Logging.slf4j()).build());
                    Session session = driver.session()) {
                assertThat(session.run(new CypherFiles().get("graph/plugin_version").text()).single()
                        .get("version").asString()).as("the jar's own tsunagari-plugin.properties").isEqualTo("0.0.0-other");
                assertThat(session.run(new CypherFiles().get("test/tsunagari_procedures").text())
                        .list(r -> r.get("name").asString())).contains("tsunagari.version");
            }
            assertThatThrownBy(() -> Neo4jConnection.open(serviceConfig(server.boltUri())))
                    .isInstanceOf(PluginCheck.Refused.class)
                    .hasMessageContaining("has version 0.0.0-other of the Tsunagari plugin")
                    .hasMessageContaining("this service needs version " + PluginVersion.current())
                    .hasMessageContaining("copy tsunagari-neo4j-plugin.jar");
        }
    }

    @Test
    void withNoPluginJarTheServerHasNoProceduresThoughItsOwnClassPathHoldsThem() throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        try (Neo4jServerCommand.Running server = Neo4jServerCommand.start(dir.resolve("neo4j"), 0, PASSWORD,
                Optional.empty(), plugins)) {
            assertThat(server.pluginJars()).isEmpty();
            assertThatThrownBy(() -> server.neo4jClassLoader().loadClass(VersionProcedure.class.getName()))
                    .isInstanceOf(ClassNotFoundException.class);
            assertThatThrownBy(() -> Neo4jConnection.open(serviceConfig(server.boltUri())))
                    .isInstanceOf(PluginCheck.Refused.class)
                    .hasMessageContaining("has no tsunagari.version() procedure");
        }
    }

    @Test
    void aServerThatKeepsThePluginSandboxedStopsTheServiceWithTheSettingItNeeds() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        pluginJar(plugins.resolve("tsunagari-neo4j-plugin.jar"), PluginVersion.current());
        // A server configured by hand: the plugin jar in its plugins directory, and no unrestricted setting.
        try (PlainNeo4j sandboxed = new PlainNeo4j(dir.resolve("sandboxed"), Optional.of(plugins))) {
            assertThatThrownBy(() -> Neo4jConnection.open(serviceConfig(sandboxed.boltUri())))
                    .isInstanceOf(PluginCheck.Refused.class)
                    .hasMessageContaining("keeps its procedures sandboxed")
                    .hasMessageContaining("tsunagari.search and tsunagari.connectors cannot run")
                    .hasMessageContaining("dbms.security.procedures.unrestricted=tsunagari.*");
        }
    }

    @Test
    void thePluginsDirectoryIsUnderTheDataDirectoryUnlessTsunagariPluginsNamesOne() {
        assertThat(Neo4jServerCommand.pluginDir(Path.of("data"), null)).isEqualTo(Path.of("data", "plugins"));
        assertThat(Neo4jServerCommand.pluginDir(Path.of("data"), " ")).isEqualTo(Path.of("data", "plugins"));
        assertThat(Neo4jServerCommand.pluginDir(Path.of("data"), "/opt/neo4j/plugins")).isEqualTo(Path.of("/opt/neo4j/plugins"));
    }

    private Config serviceConfig(String boltUri) {
        return Config.fromEnvironment(Map.of("NEO4J_URI", boltUri, "NEO4J_PASSWORD", PASSWORD))
                .withDataDir(dir.resolve("service"));
    }

    /** A plugin jar as the build makes it, from the compiled classes, with the version given. */
    private static Path pluginJar(Path jar, String version) throws IOException, URISyntaxException {
        Path classes = Path.of(VersionProcedure.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            for (String pkg : List.of("dev/tsunagari/tiegraph", "dev/tsunagari/tieindex", "dev/tsunagari/procedures")) {
                try (Stream<Path> files = Files.walk(classes.resolve(pkg))) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        add(zip, classes.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                    }
                }
            }
            String services = "META-INF/services/org.neo4j.kernel.extension.ExtensionFactory";
            add(zip, services, Files.readAllBytes(classes.resolve(services)));
            add(zip, "tsunagari-plugin.properties", ("version=" + version + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }

    private static void add(JarOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new JarEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
