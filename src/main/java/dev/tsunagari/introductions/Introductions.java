package dev.tsunagari.introductions;

import dev.tsunagari.config.IntroductionSettings;
import dev.tsunagari.auth.Caller;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.graph.Timestamps;
import dev.tsunagari.http.ApiException;
import dev.tsunagari.http.FieldError;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.ClientException;

/**
 * Asking for an introduction and reading them back; independent of HTTP. A create checks everything in the
 * transaction that writes it, under a lock on the intermediary: the people exist, a retried request (same
 * Idempotency-Key) gets the first answer, the same ask is not pending already, via knows both sides
 * ({@link IntroducerCheck}) and via is not asked too much ({@link ConnectorLoad}).
 */
public final class Introductions {
    private final Graph graph;
    private final IntroductionsRepository repository;
    private final ConnectorLoad load;
    private final IntroductionSettings settings;
    private final Clock clock;

    public Introductions(Graph graph, IntroductionsRepository repository, ConnectorLoad load, IntroductionSettings settings,
            Clock clock) {
        this.graph = graph;
        this.repository = repository;
        this.load = load;
        this.settings = settings;
        this.clock = clock;
    }

    /** The introduction and whether it was already there (a retried create). */
    public record Created(Introduction introduction, boolean replayed) {}

    Created create(IntroductionRules.Checked in, String key, Viewer viewer) {
        if (!viewer.admin() && !viewer.personId().get().equals(in.requester()) && !viewer.personId().get().equals(in.via())) {
            throw IntroductionProblems.forbidden("Only the requester or the intermediary (via) can ask for an introduction.");
        }
        Instant now = clock.instant();
        String nowText = Timestamps.format(now);
        try {
            return graph.write(tx -> create(tx, in, key, viewer, now, nowText));
        } catch (ClientException e) {
            if ("Neo.ClientError.Schema.ConstraintValidationFailed".equals(e.code())) {
                throw ApiException.conflict("A concurrent request created an introduction with the same id or "
                        + "Idempotency-Key; retry to receive it.");
            }
            throw e;
        }
    }

    private Created create(TransactionContext tx, IntroductionRules.Checked in, String key, Viewer viewer, Instant now,
            String nowText) {
        List<String> found = repository.existingPeople(tx, List.of(in.requester(), in.target(), in.via()));
        List<FieldError> unknown = List.of(new FieldError("requester", in.requester()), new FieldError("target", in.target()),
                new FieldError("via", in.via())).stream().filter(f -> !found.contains(f.message()))
                .map(f -> new FieldError(f.field(), "no person with id " + f.message())).toList();
        if (!unknown.isEmpty()) {
            throw IntroductionProblems.unknownPeople(unknown);
        }
        repository.lockVia(tx, in.via());
        Optional<String> earlier = key == null ? Optional.empty() : repository.byKey(tx, key);
        if (earlier.isPresent()) {
            Introduction first = load(tx, earlier.get(), nowText);
            if (!in.sameRequestAs(first)) {
                throw IntroductionProblems.keyReused(key);
            }
            return new Created(viewer.view(first), true);
        }
        if (repository.exists(tx, in.id())) {
            throw ApiException.conflict("An introduction with id " + in.id() + " already exists.");
        }
        repository.openBetween(tx, in.requester(), in.target(), nowText).ifPresent(id -> {
            throw ApiException.conflict("An introduction of " + in.requester() + " to " + in.target()
                    + " is already open: " + id + ". Withdraw it before asking again.");
        });
        IntroducerCheck.check(in, repository.sides(tx, in.via(), in.requester(), in.target()));
        ConnectorLoad.Load viaLoad = load.of(tx, List.of(in.via()), now).get(in.via());
        if (viaLoad.busy()) {
            throw new ConnectorBusy(in.via(), viaLoad, settings.askWindow().toDays(), now);
        }
        String by = viewer.personId().orElse(null);
        repository.create(tx, in, key, by, nowText, Timestamps.format(now.plus(settings.expiry())));
        return new Created(viewer.view(load(tx, in.id(), nowText)), false);
    }

    Introduction get(String id, Viewer viewer) {
        String now = Timestamps.format(clock.instant());
        Introduction intro = graph.read(tx -> load(tx, id, now));
        if (!viewer.mayRead(intro)) {
            throw IntroductionProblems.notFound(id);
        }
        return viewer.view(intro);
    }

    /** Up to {@code limit} introductions naming {@code person} (or the viewer), newest first, as the viewer sees them. */
    List<Introduction> list(Optional<String> person, List<String> statuses, Viewer viewer, Caller caller,
            Optional<String> after, int limit) {
        String now = Timestamps.format(clock.instant());
        Optional<String> naming = person.isPresent() ? person : viewer.personId();
        return graph.read(tx -> {
            List<String> ids = repository.list(tx, naming, viewer, caller, statuses, after, limit, now);
            return ids.isEmpty() ? List.<Introduction>of() : repository.get(tx, ids).stream()
                    .map(row -> viewer.view(IntroductionMapper.asIntroduction(row, now))).toList();
        });
    }

    static Introduction load(TransactionContext tx, IntroductionsRepository repository, String id, String now) {
        return repository.get(tx, List.of(id)).stream().findFirst()
                .map(row -> IntroductionMapper.asIntroduction(row, now))
                .orElseThrow(() -> IntroductionProblems.notFound(id));
    }

    private Introduction load(TransactionContext tx, String id, String now) {
        return load(tx, repository, id, now);
    }
}
