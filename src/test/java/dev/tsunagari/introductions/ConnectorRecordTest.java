package dev.tsunagari.introductions;

import static dev.tsunagari.introductions.Story.HARUTO;
import static dev.tsunagari.introductions.Story.MAYUMI;
import static dev.tsunagari.introductions.Story.SACHIKO;
import static dev.tsunagari.introductions.Story.move;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.support.ClockedApi;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestNeo4j;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConnectorRecordTest {

    @Test
    void someoneWithoutARecordIsNeitherRaisedNorLowered() {
        assertThat(ConnectorRecord.factor(0, 0, 0, 0)).isEqualTo(1.0);
    }

    @Test
    void theDocumentedExampleComesOutAsWritten() {
        assertThat(ConnectorRecord.factor(4, 1, 3, 2)).isCloseTo(0.8 + 0.4 * 10.5 / 13, within(1e-12)).isCloseTo(1.123, within(0.001));
        assertThat(ConnectorRecord.factor(0, 5, 0, 0)).isCloseTo(0.875, within(1e-12));
    }

    @Test
    void theFactorStaysWithinItsBoundsAtTheExtremes() {
        assertThat(ConnectorRecord.factor(100_000, 0, 100_000, 100_000)).isLessThan(1.2).isGreaterThan(1.19);
        assertThat(ConnectorRecord.factor(0, 100_000, 0, 0)).isGreaterThan(0.8).isLessThan(0.81);
    }

    @Test
    void everyGoodSignalRaisesAndEveryDeclineLowers() {
        for (int a = 0; a < 6; a++) {
            for (int d = 0; d < 6; d++) {
                for (int c = 0; c <= a; c++) {
                    for (int o = 0; o <= c; o++) {
                        double f = ConnectorRecord.factor(a, d, c, o);
                        assertThat(f).isBetween(0.8, 1.2);
                        assertThat(ConnectorRecord.factor(a + 1, d, c, o)).isGreaterThan(f);
                        assertThat(ConnectorRecord.factor(a, d, c + 1, o)).isGreaterThan(f);
                        assertThat(ConnectorRecord.factor(a, d, c, o + 1)).isGreaterThan(f);
                        assertThat(ConnectorRecord.factor(a, d + 1, c, o)).isLessThan(f);
                    }
                }
            }
        }
    }

    @Test
    void negativeCountsAreAProgrammingError() {
        assertThatThrownBy(() -> ConnectorRecord.factor(-1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Nested
    @Neo4jTest
    class FromTheGraph {
        @Test
        void recordsCountTargetsAnswersConnectionsAndFruitfulOutcomes() {
            ClockedApi.reset();
            Story.people();
            Story.person("rin", "Rin Hayashi");
            Story.tie("rin", "KNOWS", MAYUMI, 0.6, "met");
            String met = Story.ask();
            move(met, "agree", MAYUMI);
            move(met, "accept", SACHIKO);
            move(met, "connect", MAYUMI);
            ClockedApi.as(HARUTO).post("/api/introductions/" + met + "/outcome", "{\"outcome\": \"collaboration\"}");
            String declinedByTarget = Story.ask("rin", SACHIKO, MAYUMI);
            move(declinedByTarget, "agree", MAYUMI);
            move(declinedByTarget, "decline", SACHIKO);
            String declinedByVia = Story.ask(SACHIKO, "rin", MAYUMI);
            move(declinedByVia, "decline", MAYUMI);

            Map<String, ConnectorRecord> records = new ConnectorRecords(TestNeo4j.graph(), new CypherFiles())
                    .of(List.of(MAYUMI, HARUTO));
            assertThat(records.get(MAYUMI)).isEqualTo(new ConnectorRecord(1, 1, 1, 1));
            assertThat(records.get(HARUTO)).isEqualTo(ConnectorRecord.NONE);
        }
    }
}
