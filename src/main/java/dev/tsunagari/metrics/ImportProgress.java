package dev.tsunagari.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where an import reports how far it got, so an operator can watch a long import on {@code /metrics}:
 * <pre>{@code
 * try (ImportProgress.Run run = metrics.imports().start("json")) {
 *     run.add("people", 250);   // as each batch is written
 *     run.succeeded();          // a run closed without this counts as failed
 * }
 * }</pre>
 * {@code format} and {@code kind} must come from a small fixed set (never from file contents): they are labels.
 */
public final class ImportProgress {
    private final MeterRegistry registry;
    private final AtomicInteger running = new AtomicInteger();

    ImportProgress(MeterRegistry registry) {
        this.registry = registry;
        registry.gauge("tsunagari.imports.running", running);
    }

    public Run start(String format) {
        running.incrementAndGet();
        return new Run(format);
    }

    /** One import, from start to close. */
    public final class Run implements AutoCloseable {
        private final String format;
        private boolean succeeded;
        private boolean closed;

        private Run(String format) {
            this.format = format;
        }

        /** {@code count} more records of {@code kind} (e.g. people, ties) written. */
        public void add(String kind, long count) {
            Counter.builder("tsunagari.import.records").description("Records written by imports")
                    .tags("format", format, "kind", kind).register(registry).increment(count);
        }

        public void succeeded() {
            succeeded = true;
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            running.decrementAndGet();
            Counter.builder("tsunagari.imports").description("Finished imports by outcome")
                    .tags("format", format, "outcome", succeeded ? "ok" : "failed").register(registry).increment();
        }
    }
}
