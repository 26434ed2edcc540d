package dev.tsunagari.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.DatabaseException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/** Which driver failures are the database's state (503, 507) and which are the request's own error. */
class DatabaseUnavailableTest {
    private static final Duration LIMIT = Duration.ofSeconds(3);

    @Test
    void aLostConnectionIsUnreachableAndAnswered503() {
        assertThat(DatabaseUnavailable.of(new ServiceUnavailableException("Connection refused"), LIMIT))
                .hasValueSatisfying(e -> {
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.reason()).isEqualTo("unreachable");
                    assertThat(e.retryAfter()).isPositive();
                });
    }

    @Test
    void aServerTimeOutOfAnOrdinaryCallIsNotAnsweringWithinTheLimit() {
        ClientException timedOut = new ClientException("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
                "The transaction has been terminated.");
        assertThat(DatabaseUnavailable.of(timedOut, LIMIT)).map(DatabaseUnavailable::reason)
                .hasValue("not answering within 3000 ms");
    }

    @Test
    void aFullDiskUnderTheStoreIsAnswered507() {
        DatabaseException full = new DatabaseException("Neo.DatabaseError.Transaction.TransactionCommitFailed",
                "Could not apply the transaction: No space left on device");
        assertThat(DatabaseUnavailable.of(full, LIMIT)).hasValueSatisfying(e -> {
            assertThat(e.status()).isEqualTo(507);
            assertThat(e.reason()).isEqualTo("its disk is full");
        });
    }

    @Test
    void aDiskThatFailsOtherwiseIsAnswered503() {
        DatabaseException failed = new DatabaseException("50N42", "general processing exception",
                "Neo.DatabaseError.General.UnknownError", "write failed", Map.of(), new IOException("Input/output error"));
        assertThat(DatabaseUnavailable.of(failed, LIMIT)).map(DatabaseUnavailable::status).hasValue(503);
    }

    @Test
    void aRequestsOwnErrorIsNotAnOutage() {
        ClientException syntax = new ClientException("Neo.ClientError.Statement.SyntaxError", "Invalid input");
        assertThat(DatabaseUnavailable.of(syntax, LIMIT)).isEmpty();
        assertThat(DatabaseUnavailable.of(new IllegalArgumentException("bad id"), LIMIT)).isEmpty();
    }
}
