package dev.tsunagari.importjobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.graph.Timestamps;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.TestNeo4j;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A running job's progress reaches its node about once a second, not after every batch. */
@Neo4jTest
class JobProgressTest {
    private final JobStore store = new JobStore(TestNeo4j.graph(), new CypherFiles());

    @Test
    void progressIsWrittenWhenTheTotalIsKnownThenAtMostOnceASecond() throws InterruptedException {
        store.create(queued("progress-job"), "this-instance");
        JobProgress progress = new JobProgress(store, "progress-job", () -> false);
        progress.started();
        progress.update(0, 1_000);
        for (int done = 1; done < 1_000; done++) {
            progress.update(done, 1_000);
        }
        ImportJob meanwhile = store.find("progress-job").orElseThrow();
        assertThat(meanwhile.status()).isEqualTo("running");
        assertThat(meanwhile.total()).as("the total is written as soon as it is known").isEqualTo(1_000);
        assertThat(meanwhile.done()).as("999 batches within a second wrote nothing more").isZero();

        Thread.sleep(JobProgress.WRITE_EVERY_NANOS / 1_000_000 + 50);
        progress.update(1_000, 1_000);
        ImportJob later = store.find("progress-job").orElseThrow();
        assertThat(later.done()).isEqualTo(1_000);
        assertThat(later.progress()).isEqualTo(1.0);
    }

    @Test
    void aFinishedJobIsNotReopenedByALateProgressWrite() {
        store.create(queued("late-job"), "this-instance");
        store.interruptSilent(ImportJobs.INTERRUPTED, "next-instance", Long.MAX_VALUE);
        new JobProgress(store, "late-job", () -> false).update(5, 10);
        ImportJob job = store.find("late-job").orElseThrow();
        assertThat(job.status()).isEqualTo("failed");
        assertThat(job.error()).isEqualTo(ImportJobs.INTERRUPTED);
    }

    @Test
    void aStoppingServerEndsTheImportBetweenBatches() {
        AtomicBoolean stopping = new AtomicBoolean();
        store.create(queued("stop-job"), "this-instance");
        JobProgress progress = new JobProgress(store, "stop-job", stopping::get);
        progress.update(3, 10);
        stopping.set(true);
        assertThatThrownBy(() -> progress.update(6, 10)).isInstanceOf(JobProgress.Stopped.class);
        assertThat(progress.done()).isEqualTo(3);
    }

    @Test
    void theJobsOfAnInstanceGoneSilentFailWhileThoseOfLiveInstancesStay() throws Exception {
        store.create(queued("crashed-job"), "crashed");
        store.create(queued("stamped-job"), "alive");
        Thread.sleep(20);
        long cut = System.currentTimeMillis();
        Thread.sleep(20);
        store.heartbeat("alive");
        store.create(queued("own-job"), "now");

        assertThat(store.interruptSilent(ImportJobs.INTERRUPTED, "now", cut)).containsExactly("crashed-job");

        assertThat(store.find("crashed-job").orElseThrow().status()).isEqualTo("failed");
        assertThat(store.find("stamped-job").orElseThrow().status()).as("stamped after the cut").isEqualTo("queued");
        assertThat(store.find("own-job").orElseThrow().status()).isEqualTo("queued");
    }

    @Test
    void aStoppingInstanceFailsItsOwnUnfinishedJobsOnly() {
        store.create(queued("mine"), "stopping");
        store.create(queued("theirs"), "alive");

        assertThat(store.interruptOwn(ImportJobs.INTERRUPTED, "stopping")).containsExactly("mine");

        assertThat(store.find("mine").orElseThrow().error()).isEqualTo(ImportJobs.INTERRUPTED);
        assertThat(store.find("theirs").orElseThrow().status()).isEqualTo("queued");
    }

    private static ImportJob queued(String id) {
        return ImportJob.of(id, "queued", "json", 10, 0, 0, Timestamps.now(), null, null, null);
    }
}
