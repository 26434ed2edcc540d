package dev.tsunagari.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** TSUNAGARI_DB_TIMEOUT, TSUNAGARI_HEALTH_INTERVAL_MS and TSUNAGARI_DB_CONCURRENCY, and their defaults. */
class DbTimeoutsTest {

    @Test
    void withoutSettingsNeo4jHasTenSecondsAndIsProbedEverySecond() {
        DbTimeouts defaults = DbTimeouts.fromEnvironment(Map.of());
        assertThat(defaults.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.probeInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(defaults.concurrency()).isEqualTo(32);
        assertThat(defaults.probeTimeout()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void theSettingsAreReadFromTheEnvironment() {
        DbTimeouts read = DbTimeouts.fromEnvironment(Map.of("TSUNAGARI_DB_TIMEOUT", "1",
                "TSUNAGARI_HEALTH_INTERVAL_MS", "250", "TSUNAGARI_DB_CONCURRENCY", "4"));
        assertThat(read).isEqualTo(new DbTimeouts(Duration.ofSeconds(1), Duration.ofMillis(250), 4));
        assertThat(read.probeTimeout()).as("never longer than the time-out").isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aSettingThatIsNotAPositiveWholeNumberIsRefusedNamingIt() {
        assertThatThrownBy(() -> DbTimeouts.fromEnvironment(Map.of("TSUNAGARI_DB_TIMEOUT", "0")))
                .hasMessageContaining("TSUNAGARI_DB_TIMEOUT");
        assertThatThrownBy(() -> DbTimeouts.fromEnvironment(Map.of("TSUNAGARI_HEALTH_INTERVAL_MS", "1s")))
                .hasMessageContaining("TSUNAGARI_HEALTH_INTERVAL_MS");
    }
}
