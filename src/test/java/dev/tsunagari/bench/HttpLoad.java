package dev.tsunagari.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Drives the real service over real HTTP: a fixed number of clients for a fixed time, each sending its next request
 * as soon as the previous answer is read in full; latency is send to last byte.
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
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A write: {@code method} with a JSON body (or none, when {@code json} is null). */
    Answer send(String method, String path, String json) {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json);
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .method(method, body));
    }

    private Answer send(HttpRequest.Builder builder) {
        HttpRequest request = builder.header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(120))
                .build();
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

    /**
     * {@code concurrency} clients, each sending its next request (the next of {@code paths}, round robin) as soon
     * as the previous answer is read, until {@code duration} has passed.
     */
    Latencies runFor(String scenario, List<String> paths, int concurrency, Duration duration) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        List<Future<long[]>> clients = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            clients.add(pool.submit(() -> {
                long[] nanos = new long[1024];
                int n = 0;
                while (System.nanoTime() < deadline) {
                    String path = paths.get(Math.floorMod(next.getAndIncrement(), paths.size()));
                    long t0 = System.nanoTime();
                    Answer answer = get(path);
                    if (n == nanos.length) {
                        nanos = Arrays.copyOf(nanos, n * 2);
                    }
                    nanos[n++] = System.nanoTime() - t0;
                    if (answer.status() != 200 && failures.incrementAndGet() <= 3) {
                        System.err.println(scenario + ": " + answer.status() + " " + path + " " + answer.body());
                    }
                }
                return Arrays.copyOf(nanos, n);
            }));
        }
        long[] all = new long[0];
        for (Future<long[]> f : clients) {
            long[] some = f.get();
            int at = all.length;
            all = Arrays.copyOf(all, at + some.length);
            System.arraycopy(some, 0, all, at, some.length);
        }
        long wall = System.nanoTime() - start;
        pool.shutdown();
        return Latencies.of(scenario, concurrency, all, failures.get(), wall);
    }
}
