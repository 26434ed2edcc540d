package dev.tsunagari.graph;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bulkhead and the client-side deadline of every call to Neo4j. A call runs on one of {@code concurrency}
 * threads of its own while the caller waits for it at most until its deadline: a hung server (a stopped process, a
 * partition) answers nothing, not even its own time-outs, and the driver's blocking API would wait without end.
 * Past the deadline the call is interrupted, which makes the driver drop its connection, and the caller gets
 * {@link DatabaseUnavailable}. When every thread is taken the call is refused at once, so requests waiting on
 * Neo4j can never take every HTTP thread. A call made from inside a call (a transaction function that reads
 * again) runs where it is, under the deadline of the outer one.
 */
public final class DbCalls {
    private static final ThreadLocal<Boolean> INSIDE = ThreadLocal.withInitial(() -> false);
    private final ThreadPoolExecutor threads;
    private final int concurrency;
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong timedOut = new AtomicLong();

    DbCalls(int concurrency) {
        this.concurrency = concurrency;
        AtomicInteger count = new AtomicInteger();
        this.threads = new ThreadPoolExecutor(0, concurrency, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), work -> {
            Thread thread = new Thread(() -> {
                INSIDE.set(true);
                work.run();
            }, "neo4j-call-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs {@code work}, waiting for it until {@code deadline}; past it, Neo4j is "not answering within {@code limit}". */
    <T> T call(Callable<T> work, Duration limit, Duration deadline) {
        if (INSIDE.get()) {
            return direct(work);
        }
        Future<T> future;
        try {
            future = threads.submit(work);
        } catch (RejectedExecutionException e) {
            refused.incrementAndGet();
            throw DatabaseUnavailable.busy(concurrency);
        }
        try {
            return future.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            timedOut.incrementAndGet();
            throw DatabaseUnavailable.notAnswering(limit);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw DatabaseUnavailable.notAnswering(limit);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    private static <T> T direct(Callable<T> work) {
        try {
            return work.call();
        } catch (Exception e) {
            throw rethrown(e);
        }
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    /** Calls refused because every thread was taken. */
    public long refused() {
        return refused.get();
    }

    /** Calls the caller stopped waiting for at their deadline. */
    public long timedOut() {
        return timedOut.get();
    }

    /** Calls running now. */
    public int active() {
        return threads.getActiveCount();
    }

    public int concurrency() {
        return concurrency;
    }
}
