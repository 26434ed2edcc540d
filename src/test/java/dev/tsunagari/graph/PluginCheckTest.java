package dev.tsunagari.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tsunagari.config.Config;
import dev.tsunagari.procedures.PluginVersion;
import dev.tsunagari.support.PlainNeo4j;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service starts only on a Neo4j that has the tsunagari.* procedures of its own version. */
class PluginCheckTest {
    @TempDir
    Path dir;

    @Test
    void theEmbeddedNeo4jHasTheProceduresOfThisVersionAndTheServiceStarts() {
        Config config = Config.fromEnvironment(Map.of()).withDataDir(dir).withBoltPort(0);
        try (Neo4jConnection neo4j = Neo4jConnection.open(config)) {
            assertThat(PluginCheck.verify(neo4j.graph(), neo4j.description())).isEqualTo(PluginVersion.current());
            List<String> procedures = neo4j.graph().read(tx -> Graph.run(tx,
                    new CypherFiles().get("test/tsunagari_procedures"), Map.of()).list(r -> r.get("name").asString()));
            assertThat(procedures).contains("tsunagari.version");
        }
    }

    @Test
    void aNeo4jWithoutTheProceduresStopsTheServiceWithHowToInstallThePlugin() {
        // A plain Neo4j, as a server without the plugin jar: nothing registers the procedures.
        try (PlainNeo4j plain = new PlainNeo4j(dir.resolve("plain"), Optional.empty())) {
            String uri = plain.boltUri();
            Config config = Config.fromEnvironment(Map.of("NEO4J_URI", uri))
                    .withDataDir(dir.resolve("service"));

            assertThatThrownBy(() -> Neo4jConnection.open(config))
                    .isInstanceOf(PluginCheck.Refused.class)
                    .hasMessageContaining("Neo4j (external, " + uri + ") has no tsunagari.version() procedure")
                    .hasMessageContaining("needs version " + PluginVersion.current())
                    .hasMessageContaining("copy tsunagari-neo4j-plugin.jar (built by `mvn package`, in target/) into the "
                            + "plugins/ directory of that Neo4j server")
                    .hasMessageContaining("restart Neo4j");
        }
    }
}
