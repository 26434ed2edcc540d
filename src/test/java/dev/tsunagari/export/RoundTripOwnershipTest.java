package dev.tsunagari.export;

import dev.tsunagari.imports.OwnedNetwork;
import dev.tsunagari.imports.ImportFiles;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.auth.Tokens;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A backup that silently dropped who added what, or the accounts, would cost every member what they own. */
@Neo4jTest
class RoundTripOwnershipTest {

    @Test
    void accountsOwnershipAndTieStateSurviveExportWipeImport() {
        OwnedNetwork.Members members = OwnedNetwork.build();
        String first = export();
        List<String> graph = TestNeo4j.snapshot();
        assertThat(first).contains("\"introducedBy\":\"mayumi\"", "\"interactionCount\":1",
                "\"tokenHash\":\"" + Tokens.hash(members.haruto().token()) + "\"",
                "\"visibility\":\"private\",\"addedBy\":\"" + members.haruto().id() + "\"",
                "\"context\":\"met\",\"createdAt\"")
                .doesNotContain(members.haruto().token(), members.emma().token());
        assertThat(tieLine(first, OwnedNetwork.PRIVATE_ID, "haruto")).endsWith("\"addedBy\":\"" + members.haruto().id() + "\"}");
        assertThat(tieLine(first, "haruto", "sachiko")).contains("\"introducedBy\":\"mayumi\",\"introduction\":\"");

        TestNeo4j.clean();
        TestApi.Response restored = ImportFiles.post("format=json", first.getBytes(StandardCharsets.UTF_8));

        assertThat(restored.json().get("errors")).as(restored.text()).isEmpty();
        assertThat(restored.json().get("accounts").get("created").asInt()).isEqualTo(2);
        assertThat(export()).isEqualTo(first);
        assertThat(TestNeo4j.snapshot()).isEqualTo(graph);
        assertThat(members.haruto().get("/api/me").json().get("id").asText()).isEqualTo(members.haruto().id());
        TestApi.Response own = members.haruto().get("/api/people/" + OwnedNetwork.PRIVATE_ID);
        assertThat(own.status()).as(own.text()).isEqualTo(200);
        assertThat(own.json().get("email").asText()).isEqualTo(OwnedNetwork.PRIVATE_EMAIL);
        assertThat(members.emma().get("/api/people/" + OwnedNetwork.PRIVATE_ID).status()).isEqualTo(404);
        String tie = "/api/ties/" + OwnedNetwork.PRIVATE_ID + "/KNOWS/haruto";
        assertThat(members.emma().send("DELETE", tie, null).status()).isEqualTo(403);
        assertThat(members.haruto().send("DELETE", tie, null).status()).as("the restored tie is still the member's")
                .isEqualTo(204);
    }

    @Test
    void withoutItsAccountsAFileLeavesEveryMemberTokenDead() {
        OwnedNetwork.Members members = OwnedNetwork.build();
        String first = export();
        String withoutAccounts = first.substring(0, first.indexOf("\"accounts\":[")) + "\"accounts\":[\n]}\n";

        TestNeo4j.clean();
        ImportFiles.post("format=json", withoutAccounts.getBytes(StandardCharsets.UTF_8));

        assertThat(members.haruto().get("/api/me").status()).isEqualTo(401);
        assertThat(TestApi.get("/api/people/" + OwnedNetwork.PRIVATE_ID).json().get("addedBy").asText())
                .as("ownership is restored even when its account is not in the file").isEqualTo(members.haruto().id());
    }

    @Test
    void importingTheSameFileAgainChangesNoAccountNorTie() {
        OwnedNetwork.build();
        String first = export();
        List<String> graph = TestNeo4j.snapshot();

        TestApi.Response again = ImportFiles.post("format=json", first.getBytes(StandardCharsets.UTF_8));

        assertThat(again.json().get("errors")).as(again.text()).isEmpty();
        assertThat(again.json().get("accounts").toString()).isEqualTo("{\"created\":0,\"updated\":0,\"merged\":0,\"skipped\":2}");
        assertThat(again.json().get("ties").get("skipped").asInt()).isEqualTo(again.json().get("ties").get("created").asInt() + 6);
        assertThat(TestNeo4j.snapshot()).isEqualTo(graph);
    }

    @Test
    void aPrivatePersonStaysPrivateAndOwnedThroughThePeopleCsv() {
        OwnedNetwork.Members members = OwnedNetwork.build();
        String people = TestApi.get("/api/export?format=csv&kind=people").text();
        assertThat(people.lines().findFirst().orElseThrow()).endsWith(",visibility,addedBy");

        TestNeo4j.clean();
        TestApi.Response restored = ImportFiles.post("format=csv&kind=people", people.getBytes(StandardCharsets.UTF_8));

        assertThat(restored.json().get("errors")).as(restored.text()).isEmpty();
        TestApi.Response person = TestApi.get("/api/people/" + OwnedNetwork.PRIVATE_ID);
        assertThat(person.json().get("visibility").asText()).as("not made public by a spreadsheet's round trip")
                .isEqualTo("private");
        assertThat(person.json().get("addedBy").asText()).isEqualTo(members.haruto().id());
    }

    private static String tieLine(String export, String from, String to) {
        return export.lines().filter(l -> l.startsWith("{\"from\":\"" + from + "\",\"to\":\"" + to + "\""))
                .findFirst().orElseThrow();
    }

    private static String export() {
        TestApi.Response response = TestApi.get("/api/export?format=json");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.text();
    }
}
