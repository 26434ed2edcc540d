package dev.tsunagari.introductions;

import dev.tsunagari.config.IntroductionSettings;
import dev.tsunagari.graph.Graph;
import dev.tsunagari.graph.Timestamps;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Moves an introduction along its lifecycle ({@link Action}). Each move locks the introduction before reading
 * its status, so of two concurrent moves only the first finds the status it needs and the second is a 409;
 * that is also why two concurrent accepts or connects leave exactly one new tie.
 */
public final class Moves {
    /** Strength of the tie a connection creates: an ordinary acquaintance, as for any new tie. */
    static final double INTRODUCED_STRENGTH = 0.5;
    private final Graph graph;
    private final IntroductionsRepository repository;
    private final IntroductionSettings settings;
    private final Clock clock;

    public Moves(Graph graph, IntroductionsRepository repository, IntroductionSettings settings, Clock clock) {
        this.graph = graph;
        this.repository = repository;
        this.settings = settings;
        this.clock = clock;
    }

    Introduction move(String id, Action action, StepInput body, Viewer viewer) {
        Instant now = clock.instant();
        String nowText = Timestamps.format(now);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        StepRules.Checked step = StepRules.check(action, body, today);
        return graph.write(tx -> {
            if (!repository.lock(tx, id)) {
                throw IntroductionProblems.notFound(id);
            }
            Introduction intro = Introductions.load(tx, repository, id, nowText);
            if (!viewer.mayRead(intro)) {
                throw IntroductionProblems.notFound(id);
            }
            Status status = intro.effectiveStatus();
            if (!action.allowedFrom(status)) {
                throw IntroductionProblems.illegalMove(action, viewer.view(intro));
            }
            Set<Role> actors = action.actors(status);
            if (!viewer.admin() && Collections.disjoint(viewer.rolesIn(intro), actors)) {
                throw IntroductionProblems.forbidden("Only the " + actors.stream().map(r -> r.name().toLowerCase())
                        .collect(Collectors.joining(" or ")) + " can " + action.wire() + " an introduction that is "
                        + status.wire() + ".");
            }
            repository.transition(tx, new IntroductionsRepository.Move(id, action.to().wire(), action.wire(),
                    status.wire(), changes(action, step, now), viewer.personId().orElse(null), step.note(), nowText));
            if (action == Action.CONNECT) {
                repository.connectTie(tx, id, INTRODUCED_STRENGTH, nowText, today);
            }
            return viewer.view(Introductions.load(tx, repository, id, nowText));
        });
    }

    /** The fields a move sets: a fresh expiry while the introduction stays open (each step gets its own). */
    private Map<String, Object> changes(Action action, StepRules.Checked step, Instant now) {
        Map<String, Object> changes = new HashMap<>();
        changes.put("expiresAt", action.leavesOpen() ? Timestamps.format(now.plus(settings.expiry())) : null);
        if (action == Action.CONNECT) {
            changes.put("connectedAt", Timestamps.format(now));
        }
        if (action == Action.DECLINE) {
            changes.put("declineNote", step.note());
        }
        if (action == Action.OUTCOME) {
            changes.put("outcome", step.outcome());
            changes.put("outcomeAt", step.at());
        }
        return changes;
    }
}
