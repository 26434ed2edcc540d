package dev.tsunagari.ops;

import static dev.tsunagari.support.TestApi.put;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.http.Json;
import dev.tsunagari.formats.ImportFormat;
import dev.tsunagari.imports.ImportReport;
import dev.tsunagari.imports.Importer;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups taken while a client keeps writing are each the graph at one moment. The client grows a chain: person
 * c(i), then the tie c(i) → c(i-1), one request each, so at every moment the chain has as many ties as people less
 * one, or less two; a backup whose ties reach people it lacks, or whose counts fit no moment, was not one snapshot.
 */
@Neo4jTest
class BackupUnderWritesTest {
    /** Enough people that the export takes several pages while the chain grows. */
    private static final int SETTLED = 3000;

    @TempDir
    Path dir;

    @Test
    void everyBackupTakenWhileWritesContinueIsTheGraphAtOneMoment() throws Exception {
        settledPeople();
        put("/api/people/c00000", "{\"name\": \"鎖 始まり\"}");
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger acknowledged = new AtomicInteger();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int i = 1; !stop.get(); i++) {
                String id = String.format("c%05d", i);
                assertThat(put("/api/people/" + id, "{\"name\": \"Chain Example " + i + "\"}").status()).isEqualTo(201);
                assertThat(put("/api/ties", "{\"from\": \"" + id + "\", \"to\": \"" + String.format("c%05d", i - 1)
                        + "\", \"type\": \"KNOWS\"}").status()).isEqualTo(201);
                acknowledged.set(i);
            }
        });
        try {
            for (int b = 0; b < 4; b++) {
                int before = acknowledged.get();
                Path backup = dir.resolve("backup-" + b + ".json");
                Backup.run(URI.create(TestApi.baseUrl()), TestApi.TOKEN, backup);
                checkOneMoment(Json.MAPPER.readTree(backup.toFile()), before);
            }
        } finally {
            stop.set(true);
            writer.join();
        }
        assertThat(acknowledged.get()).as("the writer kept writing during the backups").isPositive();
    }

    private static void checkOneMoment(JsonNode backup, int acknowledgedBefore) {
        Set<String> people = new HashSet<>();
        backup.get("people").forEach(p -> people.add(p.get("id").asText()));
        int chainPeople = (int) people.stream().filter(id -> id.startsWith("c")).count();
        int ties = backup.get("ties").size();
        backup.get("ties").forEach(t -> assertThat(people).as("both ends of " + t).contains(
                t.get("from").asText(), t.get("to").asText()));
        assertThat(people.size() - chainPeople).isEqualTo(SETTLED);
        assertThat(ties).as("ties against %d chain people", chainPeople).isBetween(chainPeople - 2, chainPeople - 1);
        assertThat(chainPeople - 1).as("every write acknowledged before the backup began is in it")
                .isGreaterThanOrEqualTo(acknowledgedBefore);
    }

    private void settledPeople() throws Exception {
        StringBuilder json = new StringBuilder("{\"schemaVersion\":1,\n\"people\":[");
        for (int i = 1; i <= SETTLED; i++) {
            json.append(i == 1 ? "\n" : ",\n").append("{\"id\":\"s").append(i).append("\",\"name\":\"山田 ")
                    .append(i).append("\"}");
        }
        json.append("],\n\"ties\":[],\n\"introductions\":[],\n\"interactions\":[]}\n");
        Path file = dir.resolve("settled.json");
        Files.writeString(file, json);
        ImportReport report = new Importer(TestNeo4j.graph(), new CypherFiles())
                .run(file, new Importer.Options(ImportFormat.JSON, null, null), Importer.Progress.NONE);
        assertThat(report.people().created()).isEqualTo(SETTLED);
    }
}
