package dev.tsunagari.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestNeo4j;
import dev.tsunagari.people.PeopleRepository;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * Every statement file on disk is one valid statement with a leading comment, checked by Neo4j itself (EXPLAIN
 * plans without running); the schema files are applied by the migrations instead. A missing file stops
 * start-up with its path.
 */
@Neo4jTest
class CypherFilesTest {
    private static final List<Path> ROOTS = List.of(Path.of("cypher"), Path.of("src/test/resources/cypher"));

    @TestFactory
    Stream<DynamicTest> everyCypherFileIsOneStatementNeo4jAccepts() throws IOException {
        List<Path> files = statementFiles();
        assertThat(files).as("statement files under cypher/").hasSizeGreaterThan(10);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            assertThat(text).as("a leading comment says what it does").startsWith("//");
            // No parameters are passed: EXPLAIN plans a statement without running it. Statements under system/
            // manage the server (users) and are planned where they run, on the system database.
            if (file.startsWith(Path.of("cypher", "system"))) {
                try (Session system = TestNeo4j.graph().driver().session(SessionConfig.forDatabase("system"))) {
                    system.run("EXPLAIN " + text).consume();
                }
            } else {
                TestNeo4j.graph().write(tx -> tx.run("EXPLAIN " + text).consume());
            }
        }));
    }

    @Test
    void everyLoadedNameMapsToAFileOnDisk() throws IOException {
        CypherFiles cypher = new CypherFiles();
        for (Path file : statementFiles()) {
            Path root = ROOTS.stream().filter(file::startsWith).findFirst().orElseThrow();
            String name = root.relativize(file).toString().replace('\\', '/').replaceFirst("\\.cypher$", "");
            assertThat(cypher.get(name).text()).isEqualTo(Files.readString(file, StandardCharsets.UTF_8).strip());
        }
    }

    @Test
    void aMissingFileFailsNamingItsPath() {
        assertThatThrownBy(() -> new CypherFiles().get("people/no_such_statement"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cypher/people/no_such_statement.cypher");
    }

    @Test
    void aRepositoryWithAMissingFileCannotBeBuilt() {
        // Repositories ask for their files when built, at start-up: a missing one stops the service, not a request.
        ClassLoader withoutLock = new ClassLoader(getClass().getClassLoader()) {
            @Override
            public InputStream getResourceAsStream(String name) {
                return name.equals("cypher/people/lock.cypher") ? null : super.getResourceAsStream(name);
            }
        };
        assertThatThrownBy(() -> new PeopleRepository(TestNeo4j.graph(), new CypherFiles(withoutLock)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Missing Cypher file: cypher/people/lock.cypher");
    }

    private static List<Path> statementFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : ROOTS) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".cypher"))
                        .filter(p -> !p.startsWith(root.resolve("schema")))
                        .sorted()
                        .forEach(files::add);
            }
        }
        return files;
    }
}
