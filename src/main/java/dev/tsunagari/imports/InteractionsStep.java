package dev.tsunagari.imports;

import dev.tsunagari.records.Incoming;
import dev.tsunagari.records.InteractionRecord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;

/**
 * Imports one batch of interactions as state ({@link HistoryStep}). Unlike logging an interaction it leaves the
 * ties between the two people alone (their lastContact and interactionCount are the file's ties', as exported).
 */
final class InteractionsStep extends HistoryStep<Incoming.Interaction, InteractionRecord> {
    InteractionsStep(ImportState state) {
        super(state, ReportBuilder.Kind.INTERACTIONS);
    }

    @Override
    protected InteractionRecord record(Incoming.Interaction in) {
        return in.interaction();
    }

    @Override
    protected Map<String, Object> check(InteractionRecord record) {
        return InteractionCheck.interaction(record);
    }

    @Override
    protected String id(InteractionRecord record) {
        return record.id();
    }

    @Override
    protected String[] people(InteractionRecord record) {
        return new String[] {"by", record.by(), "with", record.with()};
    }

    @Override
    protected Map<String, InteractionRecord> stored(List<String> ids) {
        return store.interactions(state.store.graph(), ids);
    }

    @Override
    protected Map<String, Object> row(Checked<InteractionRecord> c) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", c.record().id());
        row.put("by", c.record().by());
        row.put("with", c.record().with());
        row.put("props", c.props());
        return row;
    }

    @Override
    protected void write(TransactionContext tx, List<Map<String, Object>> rows) {
        store.writeInteractions(tx, rows);
    }
}
