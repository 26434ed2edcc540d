import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fault injection against the built jars: Neo4j in its own process ({@code neo4j-server}), the service on it over
 * Bolt ({@code serve} with {@code NEO4J_URI}), eight clients reading and writing and one watching {@code /health},
 * while Neo4j is killed ({@code kill -9}), started again, stopped ({@code SIGSTOP}) for 20 s and continued. Then it
 * checks what the issue asks (no 500, every answer within the bound plus a second, {@code /health} within a second,
 * 503 problems with Retry-After during an outage, all 200 within 10 s of Neo4j being back, acknowledged writes
 * present and refused ones absent or whole) and prints the time to detect, the time to recover and the answers by
 * status for each fault. Only the processes it started are signalled, by their PID.
 *
 * <p>Run: {@code java .ci/FaultInjection.java target/tsunagari.jar target/tsunagari-neo4j-plugin.jar [report.md]}
 */
public final class FaultInjection {
    static final int DB_TIMEOUT_SECONDS = 5;
    static final long BOUND_MILLIS = DB_TIMEOUT_SECONDS * 1000L + 1000;
    static final int CLIENTS = 8;
    static final String TOKEN = "fault-injection-token";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final long T0 = System.nanoTime();

    record Answer(String kind, String id, long start, long end, int status, String contentType, boolean retryAfter,
            String body) {
        long millis() {
            return (end - start) / 1_000_000;
        }
    }

    record Window(String fault, long from, long back) {}

    static final List<Answer> answers = new CopyOnWriteArrayList<>();
    static final List<Answer> health = new CopyOnWriteArrayList<>();
    static final List<Answer> warmUpWrites = new CopyOnWriteArrayList<>();
    static volatile boolean running = true;
    static volatile boolean measuring = false;

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        Path pluginJar = Path.of(args[1]);
        Path report = args.length > 2 ? Path.of(args[2]) : null;
        Path work = Files.createTempDirectory("fault-injection-");
        // The logs stay next to the report (the data directories do not): a failed check is explained there.
        Path logs = report != null ? report.toAbsolutePath().getParent().resolve("logs") : work;
        Files.createDirectories(logs);
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        int boltPort = freePort();
        Path neo4jData = work.resolve("neo4j-data");
        Files.createDirectories(neo4jData.resolve("plugins"));
        Files.copy(pluginJar, neo4jData.resolve("plugins").resolve("tsunagari-neo4j-plugin.jar"));
        Process neo4j = null;
        Process service = null;
        List<String> failures = new ArrayList<>();
        List<Window> windows = new ArrayList<>();
        try {
            neo4j = startNeo4j(jar, neo4jData, boltPort, password, logs.resolve("neo4j-1.log"));
            service = startService(jar, work, logs.resolve("service.log"), boltPort, password);
            String base = "http://127.0.0.1:" + servicePort(logs.resolve("service.log"), service);
            log("service on " + base + ", Neo4j pid " + neo4j.pid() + " on bolt port " + boltPort);

            List<Thread> threads = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                threads.add(start(() -> client(base, client)));
            }
            threads.add(start(() -> watchHealth(base)));
            // A fresh JVM answers its first requests slowly for reasons of its own: warm up, then measure.
            Thread.sleep(5_000);
            measuring = true;
            log("measuring");
            Thread.sleep(8_000);

            log("kill -9 " + neo4j.pid());
            neo4j.destroyForcibly();
            neo4j.waitFor(30, TimeUnit.SECONDS);
            // The outage starts once the fault has landed: a request answered while `kill` was still on its way
            // was answered by a running Neo4j.
            long killed = now();
            Thread.sleep(8_000);
            log("starting Neo4j again");
            neo4j = startNeo4j(jar, neo4jData, boltPort, password, logs.resolve("neo4j-2.log"));
            // Back when it says so, or earlier when the service could already use it: Neo4j serves before its
            // start-up ends (the log line comes after the plugin's checks).
            long listening = now();
            long back = answers.stream().filter(a -> a.start() > killed && isSuccess(a.status()))
                    .mapToLong(Answer::end).min().orElse(listening);
            back = Math.min(back, listening);
            log("Neo4j listening again, pid " + neo4j.pid() + "; the service had its first answer from it "
                    + ms(listening - back) + " before");
            windows.add(new Window("kill -9, then restart", killed, back));
            Thread.sleep(15_000);

            log("kill -STOP " + neo4j.pid());
            signal("STOP", neo4j.pid());
            long stopped = now();
            Thread.sleep(20_000);
            log("kill -CONT " + neo4j.pid());
            signal("CONT", neo4j.pid());
            long continued = now();
            windows.add(new Window("SIGSTOP for 20 s, then SIGCONT", stopped, continued));
            Thread.sleep(15_000);

            running = false;
            for (Thread thread : threads) {
                thread.join(60_000);
            }
            check(base, windows, failures);
        } finally {
            running = false;
            stop(service, "service");
            stop(neo4j, "Neo4j");
        }
        String text = summary(windows, failures);
        System.out.println(text);
        if (report != null) {
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, text);
        }
        deleteTree(work);
        if (!failures.isEmpty()) {
            System.exit(1);
        }
    }

    // --- the load ----------------------------------------------------------------------------------------------

    static void client(String base, int client) {
        String seed = "seed-" + client;
        while (running && !isSuccess(send(base, "PUT", "/api/people/" + seed, body(seed), "seed", seed).status())) {
            pause(200);
        }
        for (int i = 0; running; i++) {
            if (i % 2 == 0) {
                String id = "fi-" + client + "-" + i;
                keep(answers, send(base, "PUT", "/api/people/" + id, body(id), "write", id));
            } else {
                keep(answers, send(base, "GET", "/api/people/" + seed, null, "read", seed));
            }
            pause(100);
        }
    }

    /** A person with a name in Japanese and English and two tags: "whole" means both are there. */
    static String body(String id) {
        return "{\"name\": \"故障 試験 " + id + " (Fault " + id + ")\", \"tags\": [\"fault-injection\", \"故障-" + id
                + "\"], \"headline\": \"書き込み " + id + "\"}";
    }

    static boolean whole(String body, String id) {
        return body.contains("\"故障 試験 " + id + " (Fault " + id + ")\"") && body.contains("\"fault-injection\"")
                && body.contains("\"故障-" + id + "\"") && body.contains("\"書き込み " + id + "\"");
    }

    static void watchHealth(String base) {
        while (running) {
            keep(health, send(base, "GET", "/health", null, "health", ""));
            pause(250);
        }
    }

    /** Answers of the warm-up are not measured; its writes must be in the database at the end too. */
    static void keep(List<Answer> list, Answer answer) {
        if (measuring) {
            list.add(answer);
        } else if (answer.kind().equals("write")) {
            warmUpWrites.add(answer);
        }
    }

    static Answer send(String base, String method, String path, String body, String kind, String id) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + TOKEN)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        long start = now();
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(kind, id, start, now(), response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").isPresent(), response.body());
        } catch (IOException | InterruptedException e) {
            // No answer at all (a hang past 30 s, a refused connection): status 0, which every check counts against.
            return new Answer(kind, id, start, now(), 0, "", false, e.toString());
        }
    }

    // --- the checks --------------------------------------------------------------------------------------------

    static void check(String base, List<Window> windows, List<String> failures) {
        List<Answer> all = new ArrayList<>(answers);
        for (Answer a : all) {
            if (a.status() == 0 || (a.status() >= 500 && a.status() != 503 && a.status() != 507)) {
                failures.add(a.kind() + " " + a.id() + " answered " + a.status() + ": " + cut(a.body()));
            }
            if (a.millis() > BOUND_MILLIS) {
                failures.add(a.kind() + " " + a.id() + " took " + a.millis() + " ms, over " + BOUND_MILLIS + " ms");
            }
            if (a.status() == 503 && !(a.contentType().startsWith("application/problem+json") && a.retryAfter()
                    && a.body().contains("The database is unavailable"))) {
                failures.add(a.kind() + " " + a.id() + " answered 503 without a problem and Retry-After: " + cut(a.body()));
            }
        }
        for (Answer h : health) {
            if (h.millis() > 1000 || h.status() == 0) {
                failures.add("/health took " + h.millis() + " ms at " + at(h.start()) + " (status " + h.status() + ")");
            }
        }
        for (Window w : windows) {
            for (Answer a : all) {
                if (a.start() > w.from() && a.end() < w.back() && a.status() != 503) {
                    failures.add(w.fault() + ": " + a.kind() + " " + a.id() + " answered " + a.status()
                            + " during the outage, at " + at(a.start()));
                }
                // A request still under way when the next fault starts belongs to that one.
                if (a.start() > w.back() + 10_000_000_000L && !isSuccess(a.status()) && a.end() < nextFault(windows, w)) {
                    failures.add(w.fault() + ": " + a.kind() + " " + a.id() + " answered " + a.status() + " at "
                            + at(a.start()) + ", more than 10 s after Neo4j was back");
                }
            }
        }
        // Acknowledged writes are there; refused ones are absent or whole, never half-written.
        List<Answer> writes = new ArrayList<>(warmUpWrites);
        writes.addAll(all);
        for (Answer a : writes) {
            if (!a.kind().equals("write")) {
                continue;
            }
            Answer now = send(base, "GET", "/api/people/" + a.id(), null, "verify", a.id());
            if (isSuccess(a.status()) && !(now.status() == 200 && whole(now.body(), a.id()))) {
                failures.add("write " + a.id() + " was acknowledged " + a.status() + " but reads " + now.status() + " "
                        + cut(now.body()));
            }
            if (!isSuccess(a.status()) && now.status() != 404 && !(now.status() == 200 && whole(now.body(), a.id()))) {
                failures.add("write " + a.id() + " answered " + a.status() + " is half-written: " + cut(now.body()));
            }
        }
    }

    static long nextFault(List<Window> windows, Window w) {
        int i = windows.indexOf(w);
        return i + 1 < windows.size() ? windows.get(i + 1).from() : Long.MAX_VALUE;
    }

    static String summary(List<Window> windows, List<String> failures) {
        StringBuilder out = new StringBuilder("# Fault injection: neo4j-server killed, restarted, stopped, continued\n\n");
        out.append(CLIENTS).append(" clients (half writes, half reads), TSUNAGARI_DB_TIMEOUT=").append(DB_TIMEOUT_SECONDS)
                .append(" s, bound checked: ").append(BOUND_MILLIS).append(" ms; /health polled every 250 ms.\n\n");
        out.append("| fault | detected (first 503) | /health DOWN after | back → all 200 | answers during the outage "
                + "| answers after it is back | slowest answer | slowest /health |\n|---|---|---|---|---|---|---|---|\n");
        for (Window w : windows) {
            long end = nextFault(windows, w);
            List<Answer> during = answers.stream().filter(a -> a.start() >= w.from() && a.start() < w.back()).toList();
            List<Answer> after = answers.stream().filter(a -> a.start() >= w.back() && a.end() < end).toList();
            String detected = answers.stream().filter(a -> a.start() >= w.from() && a.status() == 503)
                    .map(Answer::end).min(Long::compare).map(t -> ms(t - w.from())).orElse("never");
            String healthDown = health.stream().filter(h -> h.start() >= w.from() && h.status() == 503)
                    .map(Answer::end).min(Long::compare).map(t -> ms(t - w.from())).orElse("never");
            long lastFailure = after.stream().filter(a -> !isSuccess(a.status())).map(Answer::end).max(Long::compare)
                    .orElse(w.back());
            long slowest = answers.stream().filter(a -> a.start() >= w.from() && a.start() < end)
                    .mapToLong(Answer::millis).max().orElse(0);
            long slowestHealth = health.stream().filter(a -> a.start() >= w.from() && a.start() < end)
                    .mapToLong(Answer::millis).max().orElse(0);
            out.append("| ").append(w.fault()).append(" | ").append(detected).append(" | ").append(healthDown)
                    .append(" | ").append(ms(lastFailure - w.back())).append(" | ").append(counts(during))
                    .append(" | ").append(counts(after)).append(" | ").append(slowest).append(" ms | ")
                    .append(slowestHealth).append(" ms |\n");
        }
        out.append("\nAll answers: ").append(counts(answers)).append("; /health: ").append(counts(health))
                .append(".\n\n");
        out.append(failures.isEmpty() ? "Every check passed.\n"
                : failures.size() + " checks failed:\n- " + String.join("\n- ", failures.stream().limit(40).toList()) + "\n");
        return out.toString();
    }

    static String counts(List<Answer> list) {
        Map<Integer, Integer> byStatus = new TreeMap<>();
        list.forEach(a -> byStatus.merge(a.status(), 1, Integer::sum));
        StringBuilder s = new StringBuilder();
        byStatus.forEach((status, n) -> s.append(s.length() == 0 ? "" : ", ").append(n).append("× ").append(status));
        return s.length() == 0 ? "none" : s.toString();
    }

    // --- the processes -----------------------------------------------------------------------------------------

    static Process startNeo4j(Path jar, Path data, int boltPort, String password, Path log) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(java(), "-Xmx512m", "-jar", jar.toString(), "neo4j-server",
                "--data", data.toString(), "--bolt-port", Integer.toString(boltPort), "--plugins",
                data.resolve("plugins").toString()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("NEO4J_PASSWORD", password);
        builder.environment().put("TSUNAGARI_PAGE_CACHE", "64m");
        Process process = builder.start();
        awaitLine(log, Pattern.compile("Neo4j listening on bolt://"), process, Duration.ofSeconds(180));
        return process;
    }

    static Process startService(Path jar, Path work, Path log, int boltPort, String password) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(java(), "-Xmx512m", "-jar", jar.toString(), "serve", "--port", "0",
                "--data", work.resolve("service-data").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("NEO4J_URI", "bolt://127.0.0.1:" + boltPort);
        env.put("NEO4J_PASSWORD", password);
        env.put("TSUNAGARI_ADMIN_TOKEN", TOKEN);
        env.put("TSUNAGARI_HOST", "127.0.0.1");
        env.put("TSUNAGARI_RATE_LIMIT", "1000000");
        env.put("TSUNAGARI_DB_TIMEOUT", Integer.toString(DB_TIMEOUT_SECONDS));
        env.put("TSUNAGARI_HEALTH_INTERVAL_MS", "500");
        return builder.start();
    }

    static int servicePort(Path log, Process service) throws Exception {
        Matcher m = awaitLine(log, Pattern.compile("listening on http://[^ ]*:(\\d+)"), service, Duration.ofSeconds(180));
        return Integer.parseInt(m.group(1));
    }

    static Matcher awaitLine(Path log, Pattern pattern, Process process, Duration timeout) throws Exception {
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            if (Files.exists(log)) {
                Matcher m = pattern.matcher(Files.readString(log, StandardCharsets.UTF_8));
                if (m.find()) {
                    return m;
                }
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("process " + process.pid() + " exited before '" + pattern + "':\n"
                        + Files.readString(log));
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no '" + pattern + "' within " + timeout + " in " + log);
    }

    static void signal(String signal, long pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -" + signal + " " + pid + " failed");
        }
    }

    static void stop(Process process, String what) {
        if (process == null || !process.isAlive()) {
            return;
        }
        try {
            signal("CONT", process.pid());
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                log(what + " ignored SIGTERM for 60 s; killing it");
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }

    // --- small things ------------------------------------------------------------------------------------------

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static Thread start(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    static boolean isSuccess(int status) {
        return status >= 200 && status < 300;
    }

    static long now() {
        return System.nanoTime();
    }

    static String at(long nanos) {
        return String.format("%.1f s", (nanos - T0) / 1e9);
    }

    static String ms(long nanos) {
        return (nanos / 1_000_000) + " ms";
    }

    static String cut(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void log(String line) {
        System.out.println("fault-injection " + at(now()) + ": " + line);
    }

    static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
