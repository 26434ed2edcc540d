package dev.tsunagari.importjobs;

import dev.tsunagari.imports.ImportReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.tsunagari.graph.Cypher;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.graph.Timestamps;
import dev.tsunagari.http.Json;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Value;

/**
 * Import jobs kept as {@code :ImportJob} nodes, so that a client polling its job after a restart (a deploy, a
 * crash) still learns how it ended. They describe the process, not the network: exports and backups, which read
 * people, ties, introductions and interactions by label, leave them out.
 */
final class JobStore {
    private final Graph graph;
    private final Cypher create;
    private final Cypher progress;
    private final Cypher finish;
    private final Cypher get;
    private final Cypher interrupt;
    private final Cypher heartbeat;
    private final Cypher prune;

    JobStore(Graph graph, CypherFiles files) {
        this.graph = graph;
        this.create = files.get("jobs/create");
        this.progress = files.get("jobs/progress");
        this.finish = files.get("jobs/finish");
        this.get = files.get("jobs/get");
        this.interrupt = files.get("jobs/interrupt");
        this.heartbeat = files.get("jobs/heartbeat");
        this.prune = files.get("jobs/prune");
    }

    /** {@code process}: the app instance that runs the job, so that its own start-up leaves the job alone. */
    void create(ImportJob job, String process) {
        Map<String, Object> params = Map.of("id", job.id(), "format", job.format(), "bytes", job.bytes(),
                "createdAt", job.createdAt(), "process", process, "seenAt", System.currentTimeMillis());
        graph.write(tx -> Graph.run(tx, create, params).consume());
    }

    void progress(String id, String status, long done, long total) {
        Map<String, Object> params = Map.of("id", id, "status", status, "done", done, "total", total);
        graph.write(tx -> Graph.run(tx, progress, params).consume());
    }

    /** {@code report} for a job done, {@code error} for one failed; the other is null. */
    void finish(String id, String status, long done, long total, ImportReport report, String error) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        params.put("status", status);
        params.put("done", done);
        params.put("total", total);
        params.put("finishedAt", Timestamps.now());
        params.put("report", report == null ? null : json(report));
        params.put("error", error);
        graph.write(tx -> Graph.run(tx, finish, params).consume());
    }

    Optional<ImportJob> find(String id) {
        return graph.read(tx -> Graph.run(tx, get, Map.of("id", id)).list(r -> job(r.get("job")))).stream().findFirst();
    }

    /** Stamps the unfinished jobs of {@code process} as alive now. */
    void heartbeat(String process) {
        Map<String, Object> params = Map.of("process", process, "seenAt", System.currentTimeMillis());
        graph.write(tx -> Graph.run(tx, heartbeat, params).consume());
    }

    /**
     * Fails, with {@code error}, every job another app instance left queued or running and has not stamped since
     * {@code staleBefore} (epoch milliseconds); returns their ids.
     */
    List<String> interruptSilent(String error, String process, long staleBefore) {
        return interrupt(error, process, false, staleBefore);
    }

    /** Fails, with {@code error}, the jobs of {@code process} still queued or running as it stops; returns their ids. */
    List<String> interruptOwn(String error, String process) {
        return interrupt(error, process, true, 0);
    }

    private List<String> interrupt(String error, String process, boolean own, long staleBefore) {
        Map<String, Object> params = Map.of("error", error, "finishedAt", Timestamps.now(), "process", process,
                "own", own, "staleBefore", staleBefore);
        return graph.write(tx -> Graph.run(tx, interrupt, params).list(r -> r.get("id").asString()));
    }

    /** Deletes finished jobs beyond the {@code kept} most recent; returns how many. */
    long prune(int kept) {
        return graph.write(tx -> Graph.run(tx, prune, Map.of("kept", kept)).single().get("deleted").asLong());
    }

    private static ImportJob job(Value node) {
        Value report = node.get("report");
        return ImportJob.of(node.get("id").asString(), node.get("status").asString(), node.get("format").asString(),
                node.get("bytes").asLong(), node.get("done").asLong(), node.get("total").asLong(),
                node.get("createdAt").asString(), node.get("finishedAt").asString(null),
                report.isNull() ? null : report(report.asString()), node.get("error").asString(null));
    }

    private static String json(ImportReport report) {
        try {
            return Json.MAPPER.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ImportReport report(String json) {
        try {
            return Json.MAPPER.readValue(json, ImportReport.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
