package dev.tsunagari.imports;

import dev.tsunagari.records.Incoming;
import dev.tsunagari.people.PersonInput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores decided people. A batch is one transaction holding each person whole (node, tags, the owner's tie); if
 * the graph refuses the batch, its records are stored one by one so that only the record at fault is rejected.
 */
final class PeopleWriter {
    private static final Logger log = LoggerFactory.getLogger(PeopleWriter.class);
    private final ImportState state;

    PeopleWriter(ImportState state) {
        this.state = state;
    }

    /** A decided record and the person as it is to be stored. */
    record Row(Incoming.Person in, String id, ReportBuilder.Outcome outcome, String mergedBy, PersonInput person) {}

    void write(List<Row> rows, String now) {
        try {
            store(rows, now);
            rows.forEach(this::count);
        } catch (Neo4jException e) {
            log.warn("an import batch of {} people was refused ({}); storing its records one by one", rows.size(), e.code());
            for (Row row : rows) {
                try {
                    store(List.of(row), now);
                    count(row);
                } catch (Neo4jException one) {
                    state.report.error(row.in().record(), row.in().line(), "record", "could not be stored: " + one.code(), false);
                }
            }
        }
    }

    private void store(List<Row> rows, String now) {
        Map<String, Map<String, Object>> created = new LinkedHashMap<>();
        Map<String, Map<String, Object>> changed = new LinkedHashMap<>();
        List<Map<String, Object>> ownerTies = new ArrayList<>();
        String owner = state.options.owner();
        for (Row row : rows) {
            if (row.outcome() != ReportBuilder.Outcome.SKIPPED) {
                Map<String, Object> person = Map.of("id", row.id(), "props", PeopleStep.properties(row.person()),
                        "tags", row.person().tags() == null ? List.of() : row.person().tags());
                (row.outcome() == ReportBuilder.Outcome.CREATED || created.containsKey(row.id()) ? created : changed)
                        .put(row.id(), person);
            }
            if (owner != null && !owner.equals(row.id())) {
                Map<String, Object> tie = new HashMap<>();
                tie.put("id", row.id());
                tie.put("since", row.in().since());
                ownerTies.add(tie);
            }
        }
        int ownerTiesCreated = state.store.graph().write(tx -> {
            if (!created.isEmpty()) {
                state.store.createPeople(tx, List.copyOf(created.values()));
            }
            if (!changed.isEmpty()) {
                state.store.writePeople(tx, List.copyOf(changed.values()));
            }
            return ownerTies.isEmpty() ? 0
                    : state.store.writeOwnerTies(tx, owner, state.options.ownerContext(), ownerTies, now);
        });
        state.report.tie(ReportBuilder.Outcome.CREATED, ownerTiesCreated);
    }

    private void count(Row row) {
        state.report.person(row.outcome(), 1);
        if (row.outcome() == ReportBuilder.Outcome.MERGED) {
            state.report.merge(row.in().record(), row.id(), row.mergedBy());
        }
        state.present.add(row.id());
        if (row.outcome() == ReportBuilder.Outcome.CREATED) {
            state.createdHere.add(row.id());
        }
    }
}
