package dev.tsunagari.cli;

import dev.tsunagari.Main;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.fasterxml.jackson.databind.JsonNode;
import dev.tsunagari.config.Config;
import dev.tsunagari.graph.Neo4jConnection;
import dev.tsunagari.http.Json;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** The find command run in-process on a real store loaded from a fixture with Japanese and English names. */
class FindCommandTest {
    @TempDir
    static Path temp;
    private static Path data;
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Level rootLevel = root.getLevel();

    /** What one run printed and returned. */
    private record Run(int exit, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    @BeforeAll
    static void loadFixture() throws Exception {
        data = Files.createTempDirectory(temp, "tsunagari-find-");
        Path file = data.resolve("network.json");
        try (InputStream in = FindCommandTest.class.getClassLoader().getResourceAsStream("find/network.json")) {
            Files.copy(in, file);
        }
        assertThat(run("import", file.toString(), "--format", "json", "--data", data.toString()).exit()).isZero();
    }

    @AfterEach
    void restoreLogLevel() {
        // The command quiets the logs of the process it runs in, which here is the test JVM.
        root.setLevel(rootLevel);
    }

    @Test
    void printsOneLinePerTargetWithItsIntermediaryScoreHopsWeakestLinkAndWhy() {
        Run run = run("find", "--from", "me", "--tag", "designer", "--data", data.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.lines()).hasSize(4);
        assertThat(run.lines().get(0)).startsWith("intermediary").contains("score", "target", "hops", "weakest link", "why");
        assertThat(run.lines().subList(2, 4)).anySatisfy(line -> assertThat(line)
                .startsWith("Aiko Tanaka").contains("佐藤 健", "  2  ", "Aiko Tanaka–佐藤 健 0.40", "worked with 佐藤 健"));
        assertThat(run.lines().subList(2, 4)).anySatisfy(line -> assertThat(line)
                .startsWith("星野 美香").contains("Mia Example", "  2  ", "山田 花子–星野 美香 0.26", "trust each other"));
    }

    @Test
    void japaneseNamesAndHeadersAlignByDisplayColumns() {
        Run run = run("find", "--from", "me", "--tag", "designer", "--lang", "ja", "--data", data.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        List<String> lines = run.lines();
        assertThat(lines.get(0)).startsWith("仲介者").contains("理由");
        // Every column starts at the same display column on every line, wide characters counted twice.
        int score = column(lines.get(0), "スコア");
        int target = column(lines.get(0), "相手");
        for (String row : lines.subList(2, lines.size())) {
            String scoreCell = row.split(" {2,}")[1];
            assertThat(column(row, scoreCell)).as(row).isEqualTo(score);
            String targetCell = row.split(" {2,}")[2];
            assertThat(column(row, targetCell)).as(row).isEqualTo(target);
        }
        assertThat(DisplayWidth.of(lines.get(1).split("  ")[0])).isEqualTo(DisplayWidth.of("Aiko Tanaka"));
        assertThat(String.join("\n", lines)).contains("いちばん弱いつながりは");
    }

    @Test
    void findsByKindInJapaneseAsTheApiDoes() throws Exception {
        Run run = run("find", "--from", "me", "--kind", "デザイナー", "--max-hops", "1", "--json", "--data", data.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode answer = Json.MAPPER.readTree(run.out());
        assertThat(answer.get("from").get("id").asText()).isEqualTo("me");
        assertThat(answer.get("intermediaries")).hasSize(1);
        assertThat(answer.get("intermediaries").get(0).get("person").get("name").asText()).isEqualTo("Aiko Tanaka");
        assertThat(answer.get("intermediaries").get(0).get("targets").get(0).get("person").get("name").asText())
                .isEqualTo("佐藤 健");
    }

    @Test
    void anUnknownPersonOrBadOptionsAreRefusedWithASentence() {
        Run unknown = run("find", "--from", "nobody", "--tag", "designer", "--data", data.toString());
        Run noKind = run("find", "--from", "me", "--data", data.toString());
        Run hops = run("find", "--from", "me", "--tag", "designer", "--max-hops", "3", "--data", data.toString());

        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("No person with id nobody");
        assertThat(noKind.exit()).isEqualTo(2);
        assertThat(noKind.err()).contains("--kind", "give a kind of person");
        assertThat(hops.exit()).isEqualTo(2);
        assertThat(hops.err()).contains("--max-hops must be 1 or 2");
    }

    @Test
    void refusesClearlyWhileAnotherProcessHoldsTheStore() {
        try (Neo4jConnection serving = Neo4jConnection.open(Config.fromEnvironment(Map.of()).withDataDir(data).withBoltPort(0))) {
            Run run = run("find", "--from", "me", "--tag", "designer", "--data", data.toString());

            assertThat(run.exit()).isEqualTo(3);
            assertThat(run.err()).contains("is in use by another process");
        }
    }

    private static int column(String line, String cell) {
        return DisplayWidth.of(line.substring(0, line.indexOf(cell)));
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new Main());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int exit = command.execute(args);
        return new Run(exit, out.toString(), err.toString() + Arrays.toString(args));
    }
}
