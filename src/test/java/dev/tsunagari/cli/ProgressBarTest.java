package dev.tsunagari.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void aLineShowsTheShareDoneTheRateAndTheTimeLeft() {
        String line = ProgressBar.line(45_000, 100_000, 3.0);

        assertThat(line).startsWith("[=============>                ]  45%")
                .contains("45,000/100,000 records", "15,000/s", "ETA 0:04");
    }

    @Test
    void aFinishedImportIsAFullBarWithNothingLeft() {
        assertThat(ProgressBar.line(7, 7, 0.5)).isEqualTo("[==============================] 100%  7/7 records  14/s  ETA 0:00");
    }

    @Test
    void onATerminalTheBarIsRedrawnInPlace() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(out, true, StandardCharsets.UTF_8), true);

        bar.update(0, 10);
        bar.update(10, 10);
        bar.finish();

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\r[").contains("\r[==============================] 100%").endsWith("\n");
        assertThat(text.chars().filter(c -> c == '\n').count()).as("one line, ended when done").isEqualTo(1);
    }
}
