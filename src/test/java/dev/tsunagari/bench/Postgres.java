package dev.tsunagari.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import org.postgresql.PGConnection;

/**
 * The PostgreSQL baseline: a private cluster the benchmark script started, loaded with {@code COPY} from the same
 * generated graph, asked the same questions by the SQL files under {@code bench/} (recursive CTE, breadth-first
 * function), each with a statement time limit. Ids travel as integers (p000042 is 42).
 */
final class Postgres implements AutoCloseable {
    /** A baseline answer that did not come within the time limit. */
    static final class Timeout extends Exception {
        Timeout(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private final Connection connection;
    private final String intermediaries;

    Postgres(String url, long timeoutMillis) throws SQLException, IOException {
        connection = DriverManager.getConnection(url);
        intermediaries = sql("pg_intermediaries.sql");
        try (Statement s = connection.createStatement()) {
            s.execute("SET statement_timeout = " + timeoutMillis);
        }
    }

    /** Creates the tables, copies the two files in, builds the symmetric edge table, indexes and statistics. */
    void load(Path dir) throws SQLException, IOException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET statement_timeout = 0");
            s.execute(sql("pg_schema.sql"));
            copy("COPY tie FROM STDIN", dir.resolve("tie.tsv"));
            copy("COPY person_tag FROM STDIN", dir.resolve("person_tag.tsv"));
            s.execute(sql("pg_index.sql"));
            s.execute("VACUUM ANALYZE hop");
            s.execute("VACUUM ANALYZE person_tag");
            s.execute(sql("pg_shortest_length.sql"));
        }
        try (Statement s = connection.createStatement()) {
            s.execute("RESET statement_timeout");
        }
    }

    void timeLimit(long millis) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET statement_timeout = " + millis);
        }
    }

    private void copy(String statement, Path file) throws SQLException, IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(statement, in);
        }
    }

    /** Pairs "I>T" for one asker and tag. */
    Set<String> intermediaries(String from, String tag, int maxHops) throws SQLException, Timeout {
        try (PreparedStatement q = connection.prepareStatement(intermediaries)) {
            q.setInt(1, CommunityGraph.index(from));
            q.setString(2, tag);
            q.setInt(3, maxHops);
            q.setDouble(4, 0.0);
            q.setBoolean(5, false);
            Set<String> pairs = new HashSet<>();
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    pairs.add(CommunityGraph.id(rows.getInt(1)) + ">" + CommunityGraph.id(rows.getInt(2)));
                }
            }
            return pairs;
        } catch (SQLException e) {
            throw timeoutOr(e);
        }
    }

    /** Length of a shortest usable path within {@code maxLength}, 0 for the same person, -1 for none. */
    int shortestLength(String from, String to, int maxLength) throws SQLException, Timeout {
        try (PreparedStatement q = connection.prepareStatement("SELECT shortest_length(?, ?, ?, 0.0, false)")) {
            q.setInt(1, CommunityGraph.index(from));
            q.setInt(2, CommunityGraph.index(to));
            q.setInt(3, maxLength);
            try (ResultSet rows = q.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw timeoutOr(e);
        }
    }

    private static SQLException timeoutOr(SQLException e) throws Timeout {
        if ("57014".equals(e.getSQLState())) {
            throw new Timeout(e);
        }
        return e;
    }

    private static String sql(String name) throws IOException {
        try (InputStream in = Postgres.class.getResourceAsStream("/bench/" + name)) {
            if (in == null) {
                throw new IOException("missing SQL file bench/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
