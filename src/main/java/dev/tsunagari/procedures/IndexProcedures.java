package dev.tsunagari.procedures;

import dev.tsunagari.tieindex.Indexes;
import dev.tsunagari.tieindex.LiveIndex;
import java.util.List;
import java.util.stream.Stream;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.procedure.Context;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Mode;
import org.neo4j.procedure.Procedure;

/** {@code tsunagari.index.status()}: what the live tie index of this database holds and how current it is. */
public final class IndexProcedures {
    @Context
    public GraphDatabaseService db;

    /** The status row. */
    public static final class StatusRow {
        public final boolean ready;
        public final boolean current;
        public final long people;
        public final long ties;
        public final long fanTies;
        public final long bytes;
        public final long buildMillis;
        public final long lastTransaction;
        public final long storeTransaction;
        public final long updates;

        StatusRow(LiveIndex.Status s) {
            ready = s.ready();
            current = s.current();
            people = s.people();
            ties = s.ties();
            fanTies = s.fanTies();
            bytes = s.bytes();
            buildMillis = s.buildMillis();
            lastTransaction = s.lastTransaction();
            storeTransaction = s.storeTransaction();
            updates = s.updates();
        }
    }

    /** The check's row. */
    public static final class CheckRow {
        public final List<String> differences;

        CheckRow(List<String> differences) {
            this.differences = differences;
        }
    }

    @Procedure(name = "tsunagari.index.check", mode = Mode.READ)
    @Description("Builds the tie index again from the store and compares it with the live one, person by person: "
            + "differences lists at most 100 of them (empty: the live index equals the store). Writes wait for it.")
    public Stream<CheckRow> check() {
        return Indexes.of(db).map(index -> Stream.of(new CheckRow(index.check(100)))).orElseGet(Stream::empty);
    }

    @Procedure(name = "tsunagari.index.status", mode = Mode.READ)
    @Description("The live tie index of this database: ready (built), current (has seen every committed "
            + "transaction), people, ties (KNOWS and TRUSTS), fanTies, bytes (estimated heap), buildMillis, "
            + "lastTransaction applied, storeTransaction (the store's last closed), updates applied since the build.")
    public Stream<StatusRow> status() {
        return Indexes.of(db).map(index -> Stream.of(new StatusRow(index.status()))).orElseGet(Stream::empty);
    }
}
