package dev.tsunagari.imports;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What one import has learnt so far, shared by its batches: who exists, who it created (their ties cannot exist
 * yet, so they are created without a look-up) and which of those new ties it has already written.
 */
final class ImportState {
    final ImportStore store;
    final ReportBuilder report;
    final Importer.Options options;
    final Set<String> present = new HashSet<>();
    final Set<String> createdHere = new HashSet<>();
    final Set<String> newTieKeys = new HashSet<>();
    /** Introductions and interactions seen so far (kind|id), and the Idempotency-Keys taken, key to id. */
    final Set<String> historyIds = new HashSet<>();
    final Map<String, String> introductionKeys = new HashMap<>();
    /** The token hashes of the accounts taken so far, hash to account id. */
    final Map<String, String> accountHashes = new HashMap<>();
    long done;
    private PersonKeys keys;

    ImportState(ImportStore store, ReportBuilder report, Importer.Options options) {
        this.store = store;
        this.report = report;
        this.options = options;
    }

    /** The match index, read from the graph the first time a contact without an authoritative id comes. */
    PersonKeys keys() {
        if (keys == null) {
            keys = store.keys();
        }
        return keys;
    }

    boolean hasKeys() {
        return keys != null;
    }
}
