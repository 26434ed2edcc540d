package dev.tsunagari.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What version 3 adds (accounts, the stored-only fields of ties and people) is checked like everything else. */
@Neo4jTest
public class StoredStateImportTest {
    public static final String FIXTURE = "json/stored-state-v3.json";
    public static final List<String> BAD_FIELDS = List.of("2 addedBy", "4 interactionCount", "5 interactionCount",
            "6 introducedBy", "9 role", "10 tokenHash", "11 tokenHash", "12 token");

    @Test
    void badAccountsAndTieStateAreReportedByRecordAndFieldAndNoneOfThemIsWritten() {
        TestApi.Response report = ImportFiles.post("format=json", ImportFiles.fixture(FIXTURE));

        assertThat(report.status()).as(report.text()).isEqualTo(200);
        assertThat(report.json().get("errors").findValuesAsText("record")).hasSize(BAD_FIELDS.size());
        assertThat(report.json().get("errors")).extracting(e -> e.get("record").asInt() + " " + e.get("field").asText())
                .containsExactlyElementsOf(BAD_FIELDS);
        assertThat(report.json().get("errors").get(6).get("detail").asText()).isEqualTo("is the token hash of account acc-aoi");
        assertThat(report.json().get("accounts").toString()).isEqualTo("{\"created\":1,\"updated\":0,\"merged\":0,\"skipped\":4}");
        String export = TestApi.get("/api/export?format=json").text();
        assertThat(section(export, "people")).hasSize(2);
        assertThat(section(export, "ties")).containsExactly("{\"from\":\"chika\",\"to\":\"aoi\",\"type\":\"FAN_OF\","
                + "\"strength\":0.4,\"createdAt\":\"" + createdAt(export) + "\",\"updatedAt\":\"" + createdAt(export)
                + "\",\"interactionCount\":3,\"introducedBy\":\"aoi\",\"introduction\":\"intro-1\",\"addedBy\":\"acc-aoi\"}");
        assertThat(section(export, "accounts")).singleElement().asString().startsWith("{\"id\":\"acc-aoi\",");
        TestApi.Response me = TestApi.send("GET", "/api/me", null, "aoi-member-token-fictional-0001");
        assertThat(me.json().get("id").asText()).as("the restored hash answers its token").isEqualTo("acc-aoi");
    }

    @Test
    void aFileOfALaterVersionIsRefusedAndChangesNothing() {
        ImportFiles.imported("format=json", FIXTURE);
        List<String> before = TestNeo4j.snapshot();
        String later = new String(ImportFiles.fixture(FIXTURE), StandardCharsets.UTF_8)
                .replace("{\"schemaVersion\":3,", "{\"schemaVersion\":4,");

        TestApi.Response refused = ImportFiles.post("format=json", later.getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asText()).contains("schemaVersion must be 1, 2 or 3")
                .contains("this file says 4").endsWith("Nothing was changed.");
        assertThat(TestNeo4j.snapshot()).isEqualTo(before);
    }

    @Test
    void olderFilesAreReadAsBeforeAndLeaveWhatTheyDoNotKnowAsStored() {
        ImportFiles.imported("format=json", FIXTURE);
        String v2 = "{\"schemaVersion\":2,\n\"ties\":[\n"
                + "{\"from\":\"chika\",\"to\":\"aoi\",\"type\":\"FAN_OF\",\"strength\":0.9},\n"
                + "{\"from\":\"aoi\",\"to\":\"chika\",\"type\":\"KNOWS\",\"interactionCount\":2}]}\n";
        String withAccounts = "{\"schemaVersion\":2,\n\"accounts\":[\n]}\n";

        TestApi.Response report = ImportFiles.post("format=json", v2.getBytes(StandardCharsets.UTF_8));
        TestApi.Response refused = ImportFiles.post("format=json", withAccounts.getBytes(StandardCharsets.UTF_8));

        assertThat(report.json().get("errors")).extracting(e -> e.get("record").asInt() + " " + e.get("field").asText()
                + " " + e.get("detail").asText()).containsExactly("2 interactionCount unknown field");
        assertThat(section(TestApi.get("/api/export?format=json").text(), "ties")).singleElement().asString()
                .contains("\"strength\":0.9,").endsWith(",\"interactionCount\":3,\"introducedBy\":\"aoi\","
                        + "\"introduction\":\"intro-1\",\"addedBy\":\"acc-aoi\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asText()).contains("accounts are read from files whose schemaVersion");
    }

    /** The lines of one section of an export, one record each. */
    static List<String> section(String export, String name) {
        String start = "\"" + name + "\":[\n";
        int from = export.indexOf(start) + start.length();
        String body = export.substring(from, export.indexOf("\n]", from - 1));
        return body.isEmpty() ? List.of() : body.lines().map(l -> l.endsWith(",") ? l.substring(0, l.length() - 1) : l)
                .toList();
    }

    private static String createdAt(String export) {
        String tie = section(export, "ties").get(0);
        int at = tie.indexOf("\"createdAt\":\"") + 13;
        return tie.substring(at, tie.indexOf('"', at));
    }
}
