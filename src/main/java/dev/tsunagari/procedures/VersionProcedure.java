package dev.tsunagari.procedures;

import java.util.stream.Stream;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Mode;
import org.neo4j.procedure.Procedure;

/** {@code tsunagari.version()}: which version of the procedures this Neo4j runs. */
public final class VersionProcedure {
    /** The one row: the version. */
    public static final class Row {
        public final String version;

        Row(String version) {
            this.version = version;
        }
    }

    @Procedure(name = "tsunagari.version", mode = Mode.READ)
    @Description("The version of the Tsunagari procedures installed in this Neo4j.")
    public Stream<Row> version() {
        return Stream.of(new Row(PluginVersion.current()));
    }
}
