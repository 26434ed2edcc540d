package dev.tsunagari.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.people.PeopleRepository;
import dev.tsunagari.people.PersonInput;
import dev.tsunagari.people.PersonRules;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestNeo4j;
import dev.tsunagari.ties.TieInput;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What {@code serve --demo} puts into an empty database, read back from a real Neo4j. */
@Neo4jTest
class DemoNetworkTest {
    private static final CypherFiles CYPHER = new CypherFiles();

    @Test
    void everyPersonAndTieOfTheFileArrivesInAnEmptyGraph() {
        DemoNetwork.Network file = DemoNetwork.read();
        assertThat(file.people()).hasSizeBetween(35, 45);
        assertThat(file.ties()).hasSizeBetween(80, 110);

        assertThat(new DemoNetwork(TestNeo4j.graph(), CYPHER).loadIfEmpty()).isTrue();

        List<String> graph = TestNeo4j.snapshot();
        assertThat(graph).filteredOn(line -> line.startsWith("node ") && line.contains(":Person"))
                .hasSize(file.people().size());
        assertThat(graph).filteredOn(line -> line.matches("rel \\S+ (KNOWS|TRUSTS|FAN_OF) .*"))
                .hasSize(file.ties().size());
        PersonInput me = file.people().stream().filter(p -> p.id().equals("me")).findFirst().orElseThrow();
        assertThat(new PeopleRepository(TestNeo4j.graph(), CYPHER).find("me").orElseThrow().name())
                .isEqualTo(me.name());
    }

    @Test
    void loadingTwiceDuplicatesNothing() {
        DemoNetwork demo = new DemoNetwork(TestNeo4j.graph(), CYPHER);
        demo.loadIfEmpty();
        List<String> once = TestNeo4j.snapshot();

        assertThat(demo.loadIfEmpty()).isFalse();

        assertThat(TestNeo4j.snapshot()).isEqualTo(once);
    }

    @Test
    void aGraphThatAlreadyHoldsPeopleIsLeftAlone() {
        PeopleRepository people = new PeopleRepository(TestNeo4j.graph(), CYPHER);
        people.upsert(PersonRules.check("someone", new PersonInput(null, "Someone Already Here", null, null, null,
                null, null, null, null, null, null, null, null, null, null, null)));

        assertThat(new DemoNetwork(TestNeo4j.graph(), CYPHER).loadIfEmpty()).isFalse();

        assertThat(TestNeo4j.snapshot()).filteredOn(line -> line.contains(":Person")).hasSize(1);
    }

    @Test
    void aLoadThatFailsHalfwayLeavesTheGraphEmpty() {
        DemoNetwork.Network file = DemoNetwork.read();
        TieInput stray = new TieInput("me", "nobody-by-this-id", "KNOWS", 0.5, "met", null, null, null, null, null);
        List<TieInput> ties = Stream.concat(file.ties().stream(), Stream.of(stray)).toList();

        assertThatThrownBy(() -> new DemoNetwork(TestNeo4j.graph(), CYPHER).load(new DemoNetwork.Network(file.people(), ties)))
                .hasMessageContaining("nobody-by-this-id");

        assertThat(TestNeo4j.snapshot()).isEmpty();
    }

    @Test
    void everyTieJoinsTwoDifferentPeopleOfTheFileAndAppearsOnce() {
        DemoNetwork.Network file = DemoNetwork.read();
        Set<String> ids = new HashSet<>();
        file.people().forEach(p -> assertThat(ids.add(p.id())).as("person id %s repeats", p.id()).isTrue());

        Set<String> keys = new HashSet<>();
        for (TieInput tie : file.ties()) {
            assertThat(ids).as("tie %s", tie).contains(tie.from(), tie.to());
            assertThat(tie.from()).as("tie %s", tie).isNotEqualTo(tie.to());
            // KNOWS carries no direction: a→b and b→a would be stored as one tie and the counts would drift.
            String key = "KNOWS".equals(tie.type())
                    ? String.join("|", Stream.of(tie.from(), tie.to()).sorted().toList()) + "|KNOWS"
                    : tie.from() + "|" + tie.to() + "|" + tie.type();
            assertThat(keys.add(key)).as("tie %s appears twice", key).isTrue();
        }
    }
}
