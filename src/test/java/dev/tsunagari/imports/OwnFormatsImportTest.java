package dev.tsunagari.imports;

import static dev.tsunagari.imports.ImportFiles.imported;
import static dev.tsunagari.imports.ImportFiles.person;
import static dev.tsunagari.imports.ImportFiles.texts;
import static dev.tsunagari.imports.ImportFiles.tiesOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestNeo4j;
import java.util.List;
import org.junit.jupiter.api.Test;

@Neo4jTest
class OwnFormatsImportTest {

    @Test
    void thePeopleFileThenTheTiesFileBuildTheNetwork() {
        JsonNode people = imported("format=csv&kind=people", "csv/people.csv");
        JsonNode ties = imported("format=csv&kind=ties", "csv/ties.csv");

        assertThat(people.get("created").asInt()).isEqualTo(4);
        assertThat(ties.get("created").asInt()).isEqualTo(3);
        assertThat(ties.get("ties").get("created").asInt()).isEqualTo(3);
        JsonNode me = person("me");
        assertThat(texts(me.get("tags"))).containsExactly("founder", "デザイナー");
        assertThat(texts(me.get("offers"))).containsExactly("ロゴ制作", "brand design");
        assertThat(person("aiko").get("notes").asText())
                .isEqualTo("First to buy the entry-level session.\nIntroduced me to the estate, 2024.");
        JsonNode knows = tiesOf("aiko").stream().filter(t -> t.get("type").asText().equals("KNOWS")).findFirst().orElseThrow();
        assertThat(knows.get("strength").asDouble()).isEqualTo(0.9);
        assertThat(knows.get("since").asText()).isEqualTo("2024-04-01");
        assertThat(knows.get("note").asText()).isEqualTo("団地の集会所で初演奏");
    }

    @Test
    void tiesNamingPeopleWhoDoNotExistAreReported() {
        JsonNode ties = imported("format=csv&kind=ties", "csv/ties.csv");

        assertThat(ties.get("created").asInt()).isZero();
        assertThat(ties.get("ties").get("skipped").asInt()).isEqualTo(3);
        assertThat(ties.get("errors")).extracting(e -> e.get("field").asText()).containsOnly("from", "to");
    }

    @Test
    void aJsonFileImportsItsGoodRecordsAndReportsTheBadOnes() {
        JsonNode report = imported("format=json", "json/network.json");

        assertThat(report.get("records").asInt()).isEqualTo(9);
        assertThat(report.get("people").get("created").asInt()).isEqualTo(4);
        assertThat(report.get("ties").get("created").asInt()).isEqualTo(3);
        assertThat(report.get("errors")).extracting(e -> e.get("record").asInt() + " " + e.get("field").asText())
                .containsExactly("8 to", "9 strength");
        JsonNode me = person("me");
        assertThat(me.get("createdAt").asText()).as("timestamps of our own files are kept").isEqualTo("2026-01-05T09:00:00.000Z");
        assertThat(me.get("updatedAt").asText()).isEqualTo("2026-02-01T10:30:00.000Z");
        assertThat(tiesOf("mika")).hasSize(2);
    }

    @Test
    void importingTheSameJsonAgainChangesNothing() {
        imported("format=json", "json/network.json");
        List<String> before = TestNeo4j.snapshot();

        JsonNode again = imported("format=json", "json/network.json");

        assertThat(TestNeo4j.snapshot()).isEqualTo(before);
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isZero();
        assertThat(again.get("people").get("skipped").asInt()).isEqualTo(4);
        assertThat(again.get("ties").get("skipped").asInt()).isEqualTo(5);
    }

    @Test
    void aChangedRecordInOurOwnFileReplacesTheStoredOne() {
        imported("format=csv&kind=people", "csv/people.csv");
        String changed = "id,name,role\r\nken,佐藤 健,illustrator\r\n";

        JsonNode report = ImportFiles.post("format=csv&kind=people", changed.getBytes(java.nio.charset.StandardCharsets.UTF_8)).json();

        assertThat(report.get("updated").asInt()).isEqualTo(1);
        JsonNode ken = person("ken");
        assertThat(ken.get("role").asText()).isEqualTo("illustrator");
        assertThat(ken.get("kana")).as("our files are authoritative, like PUT").isNull();
    }
}
