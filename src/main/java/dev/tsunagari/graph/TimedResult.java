package dev.tsunagari.graph;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.summary.ResultSummary;

/**
 * A result that reports its statement's time once, when the caller first reads it: a query's work happens while
 * its records are pulled, so the time of {@code run} alone would miss it. For {@code list}, {@code single} and
 * {@code consume} that is the whole result; for a first {@code hasNext}/{@code next}/{@code peek} it is the
 * first batch (up to 1000 records, more than any page the service asks for).
 */
final class TimedResult implements Result {
    private final Result result;
    private final String name;
    private final long started;
    private final QueryTimer timer;
    private boolean recorded;

    TimedResult(Result result, String name, long started, QueryTimer timer) {
        this.result = result;
        this.name = name;
        this.started = started;
        this.timer = timer;
    }

    private <T> T timed(Supplier<T> read) {
        if (recorded) {
            return read.get();
        }
        boolean failed = true;
        try {
            T value = read.get();
            failed = false;
            return value;
        } finally {
            recorded = true;
            timer.record(name, System.nanoTime() - started, failed);
        }
    }

    @Override
    public List<String> keys() {
        return result.keys();
    }

    @Override
    public boolean hasNext() {
        return timed(result::hasNext);
    }

    @Override
    public Record next() {
        return timed(result::next);
    }

    @Override
    public Record single() {
        return timed(result::single);
    }

    @Override
    public Record peek() {
        return timed(result::peek);
    }

    @Override
    public Stream<Record> stream() {
        return timed(result::stream);
    }

    @Override
    public List<Record> list() {
        return timed(result::list);
    }

    @Override
    public <T> List<T> list(Function<Record, T> mapFunction) {
        return timed(() -> result.list(mapFunction));
    }

    @Override
    public ResultSummary consume() {
        return timed(result::consume);
    }

    @Override
    public boolean isOpen() {
        return result.isOpen();
    }
}
