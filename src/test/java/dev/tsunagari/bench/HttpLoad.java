package dev.tsunagari.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Drives the real service over real HTTP: a fixed number of clients, each sending its next request as soon as the
 * previous answer is read in full; latency is send to last byte.
 */
final class HttpLoad {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String token;

    HttpLoad(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** One answer: status and body. */
    record Answer(int status, String body) {}

    Answer get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(120)).GET().build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Answer(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, "interrupted");
        }
    }

    /** Sends every path once with {@code concurrency} clients; {@code answers} sees each 200 body. */
    Latencies run(String scenario, List<String> paths, int concurrency, Consumer<String> answers) throws Exception {
        long[] nanos = new long[paths.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            clients.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < paths.size(); i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    Answer answer = get(paths.get(i));
                    nanos[i] = System.nanoTime() - t0;
                    if (answer.status() != 200) {
                        failures.incrementAndGet();
                        System.err.println(scenario + ": " + answer.status() + " " + paths.get(i) + " "
                                + answer.body());
                    } else if (answers != null) {
                        answers.accept(answer.body());
                    }
                }
            }));
        }
        for (Future<?> f : clients) {
            f.get();
        }
        long wall = System.nanoTime() - start;
        pool.shutdown();
        return Latencies.of(scenario, concurrency, nanos, failures.get(), wall);
    }
}
