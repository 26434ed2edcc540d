package dev.tsunagari.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Saves the graph lookup of a token for a few seconds under load. Emptied on every account change, so a rotated,
 * revoked or demoted account is refused at once; the TTL only bounds how long a change made by another process
 * sharing the database could go unseen. Unknown tokens are not cached, so guessing cannot fill it.
 */
public final class TokenCache {
    static final Duration TTL = Duration.ofSeconds(10);
    private static final int MAX_ENTRIES = 10_000;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;
    private volatile long generation;

    private record Entry(Caller caller, Instant expires) {}

    public TokenCache(Clock clock) {
        this.clock = clock;
    }

    Optional<Caller> get(String hash, Supplier<Optional<Caller>> lookup) {
        Instant now = clock.instant();
        Entry entry = entries.get(hash);
        if (entry != null && now.isBefore(entry.expires())) {
            return Optional.of(entry.caller());
        }
        long seen = generation;
        Optional<Caller> found = lookup.get();
        synchronized (this) {
            // A change committed while we looked may have been read before it: keep nothing from that lookup.
            if (found.isPresent() && generation == seen) {
                if (entries.size() >= MAX_ENTRIES) {
                    entries.clear();
                }
                entries.put(hash, new Entry(found.get(), now.plus(TTL)));
            }
        }
        return found;
    }

    synchronized void clear() {
        generation++;
        entries.clear();
    }
}
