package dev.tsunagari.imports;

import dev.tsunagari.records.Incoming;
import dev.tsunagari.http.ApiException;
import dev.tsunagari.http.FieldError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports one batch of accounts as state, matched by id: a record equal to the stored account is skipped, any
 * other replaces it, token hash included, so a restored member's token works again. A hash that another account
 * holds (stored, or earlier in the file) rejects the record: two accounts cannot answer to one token. Accounts
 * the file does not name are left as they are. One transaction.
 */
final class AccountsStep {
    private static final ReportBuilder.Kind KIND = ReportBuilder.Kind.ACCOUNTS;
    private final ImportState state;

    AccountsStep(ImportState state) {
        this.state = state;
    }

    /** A valid record and its properties to store. */
    private record Checked(Incoming.Account in, Map<String, Object> props) {
        String id() {
            return in.account().id();
        }

        String hash() {
            return in.account().tokenHash();
        }
    }

    void process(List<Incoming.Account> batch) {
        List<Checked> checked = new ArrayList<>();
        for (Incoming.Account in : batch) {
            try {
                checked.add(new Checked(in, in.account().check()));
            } catch (ApiException e) {
                reject(in, e.errors());
            }
        }
        Map<String, Map<String, Object>> byId = new HashMap<>();
        Map<String, String> hashHolders = new HashMap<>();
        if (!checked.isEmpty()) {
            for (Map<String, Object> stored : state.store.accounts(checked.stream().map(Checked::id).toList(),
                    checked.stream().map(Checked::hash).toList())) {
                byId.put((String) stored.get("id"), stored);
                hashHolders.put((String) stored.get("tokenHash"), (String) stored.get("id"));
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Checked c : checked) {
            List<FieldError> errors = new ArrayList<>();
            if (!state.historyIds.add("account|" + c.id())) {
                errors.add(new FieldError("id", "appears twice in the file"));
            } else {
                String holder = state.accountHashes.putIfAbsent(c.hash(), c.id());
                String stored = hashHolders.get(c.hash());
                if (holder != null || (stored != null && !stored.equals(c.id()))) {
                    errors.add(new FieldError("tokenHash", "is the token hash of account "
                            + (holder != null ? holder : stored)));
                }
            }
            if (!errors.isEmpty()) {
                reject(c.in(), errors);
                continue;
            }
            Map<String, Object> old = byId.get(c.id());
            if (withoutNulls(c.props()).equals(old)) {
                state.report.count(KIND, ReportBuilder.Outcome.SKIPPED, 1);
                continue;
            }
            state.report.count(KIND, old == null ? ReportBuilder.Outcome.CREATED : ReportBuilder.Outcome.UPDATED, 1);
            rows.add(Map.of("id", c.id(), "props", c.props()));
        }
        if (!rows.isEmpty()) {
            state.store.writeAccounts(rows);
        }
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> props) {
        Map<String, Object> present = new HashMap<>(props);
        present.values().removeIf(v -> v == null);
        return present;
    }

    private void reject(Incoming.Account in, List<FieldError> errors) {
        for (FieldError error : errors) {
            state.report.error(in.record(), in.line(), error.field(), error.message(), KIND);
        }
    }
}
