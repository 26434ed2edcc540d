package dev.tsunagari.imports;

import static dev.tsunagari.imports.ImportFiles.byName;
import static dev.tsunagari.imports.ImportFiles.everyone;
import static dev.tsunagari.imports.ImportFiles.imported;
import static dev.tsunagari.imports.ImportFiles.texts;
import static dev.tsunagari.imports.ImportFiles.tiesOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;
import java.util.List;
import org.junit.jupiter.api.Test;

@Neo4jTest
class LinkedInImportTest {

    @Test
    void connectionsAfterTheNotesPreambleBecomePeopleTiedToTheOwner() {
        TestApi.put("/api/people/me", "{\"name\": \"山田 花子\"}");
        JsonNode report = imported("format=linkedin&owner=me", "linkedin/Connections.csv");

        assertThat(report.get("records").asInt()).isEqualTo(5);
        assertThat(report.get("people").get("created").asInt()).isEqualTo(5);
        assertThat(report.get("ties").get("created").asInt()).isEqualTo(5);
        assertThat(report.get("errors")).isEmpty();
        assertThat(everyone()).hasSize(6);

        JsonNode ken = byName("佐藤 健");
        assertThat(ken.get("organization").asText()).isEqualTo("スタジオ・コモレビ");
        assertThat(ken.get("role").asText()).isEqualTo("グラフィックデザイナー");
        assertThat(ken.get("email").asText()).isEqualTo("ken.sato@example.jp");
        assertThat(texts(ken.get("links"))).containsExactly("https://www.linkedin.com/in/ken-sato-example");
        JsonNode mika = byName("Mika Hoshino");
        assertThat(mika.get("organization").asText()).isEqualTo("Live House Example, Koenji");
        assertThat(mika.get("email")).isNull();
        JsonNode hanako = everyone().stream().filter(p -> p.path("organization").asText().equals("株式会社サンプル"))
                .findFirst().orElseThrow();
        assertThat(hanako.get("name").asText()).as("a Japanese name reads family name first").isEqualTo("山田 花子");
        assertThat(hanako.get("role").asText()).isEqualTo("代表取締役, 創業者");

        JsonNode tie = tiesOf(ken.get("id").asText()).get(0);
        assertThat(tie.get("from").asText()).isEqualTo("me");
        assertThat(tie.get("type").asText()).isEqualTo("KNOWS");
        assertThat(tie.get("context").asText()).isEqualTo("online");
        assertThat(tie.get("since").asText()).isEqualTo("2023-02-03");
    }

    @Test
    void importingTheSameConnectionsAgainChangesNothing() {
        TestApi.put("/api/people/me", "{\"name\": \"Me\"}");
        imported("format=linkedin&owner=me", "linkedin/Connections.csv");
        List<String> before = TestNeo4j.snapshot();

        JsonNode again = imported("format=linkedin&owner=me", "linkedin/Connections.csv");

        assertThat(TestNeo4j.snapshot()).isEqualTo(before);
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isZero();
        assertThat(again.get("merged").asInt()).isZero();
        assertThat(again.get("skipped").asInt()).isEqualTo(5);
    }

    @Test
    void badRowsAreReportedByRecordAndFieldWhileTheOthersImport() {
        JsonNode report = imported("format=linkedin", "linkedin/Connections-with-bad-rows.csv");

        assertThat(report.get("records").asInt()).isEqualTo(5);
        assertThat(report.get("created").asInt()).isEqualTo(2);
        assertThat(report.get("skipped").asInt()).isEqualTo(3);
        assertThat(report.get("errors")).extracting(e -> e.get("record").asInt() + " " + e.get("field").asText())
                .containsExactly("2 First Name", "3 email", "4 Connected On");
        assertThat(report.get("errors").get(0).get("line").asInt()).as("after 4 lines of preamble and header").isEqualTo(6);
        assertThat(everyone()).extracting(p -> p.get("name").asText()).containsExactlyInAnyOrder("Aiko Tanaka", "Rin Example");
    }

    @Test
    void aContactKnownByEmailOrProfileUrlIsMergedNotDuplicated() {
        TestApi.put("/api/people/ken", "{\"name\": \"Ken Sato\", \"email\": \"KEN.SATO@example.jp\", \"notes\": \"met at the fair\"}");
        TestApi.put("/api/people/taro", "{\"name\": \"T. Example\", \"links\": [\"http://linkedin.com/in/taro-example\"]}");

        JsonNode report = imported("format=linkedin", "linkedin/Connections.csv");

        assertThat(report.get("created").asInt()).isEqualTo(3);
        assertThat(report.get("merged").asInt()).isEqualTo(2);
        assertThat(report.get("merges")).extracting(m -> m.get("id").asText() + " by " + m.get("by").asText())
                .containsExactly("ken by email", "taro by linkedin");
        JsonNode ken = ImportFiles.person("ken");
        assertThat(ken.get("name").asText()).as("what was curated by hand stays").isEqualTo("Ken Sato");
        assertThat(ken.get("notes").asText()).isEqualTo("met at the fair");
        assertThat(ken.get("organization").asText()).as("gaps are filled").isEqualTo("スタジオ・コモレビ");
        assertThat(everyone()).hasSize(5);
    }
}
