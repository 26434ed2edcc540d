package dev.tsunagari.tieindex;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.kernel.extension.ExtensionFactory;
import org.neo4j.kernel.extension.ExtensionType;
import org.neo4j.kernel.extension.context.ExtensionContext;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.kernel.lifecycle.Lifecycle;
import org.neo4j.kernel.lifecycle.LifecycleAdapter;
import org.neo4j.logging.internal.LogService;
import org.neo4j.storageengine.api.TransactionIdStore;

/**
 * Loads the live tie index into every user database of a Neo4j (found by ServiceLoader, the way APOC loads itself):
 * the listener is registered when the database starts, the index is built from the store in the background as
 * soon as the database is available, and both go when it stops.
 */
public final class IndexExtension extends ExtensionFactory<IndexExtension.Dependencies> {
    public static final String NAME = "tsunagari-tie-index";

    /** What the extension needs from Neo4j. */
    public interface Dependencies {
        GraphDatabaseAPI graphDatabaseAPI();

        DatabaseManagementService databaseManagementService();

        LogService logService();
    }

    public IndexExtension() {
        super(ExtensionType.DATABASE, NAME);
    }

    @Override
    public Lifecycle newInstance(ExtensionContext context, Dependencies dependencies) {
        GraphDatabaseAPI db = dependencies.graphDatabaseAPI();
        if (GraphDatabaseSettings.SYSTEM_DATABASE_NAME.equals(db.databaseName())) {
            return new LifecycleAdapter();
        }
        return new Loaded(db, dependencies.databaseManagementService(), dependencies.logService());
    }

    /** The index of one database for as long as it runs. */
    private static final class Loaded extends LifecycleAdapter {
        private final GraphDatabaseAPI db;
        private final DatabaseManagementService dbms;
        private final LogService logs;
        private LiveIndex index;
        private IndexListener listener;

        Loaded(GraphDatabaseAPI db, DatabaseManagementService dbms, LogService logs) {
            this.db = db;
            this.dbms = dbms;
            this.logs = logs;
        }

        @Override
        public void start() {
            var log = logs.getUserLog(IndexExtension.class);
            index = new LiveIndex(db, () -> db.getDependencyResolver().resolveDependency(TransactionIdStore.class)
                    .getLastClosedTransactionId(), log);
            listener = new IndexListener(index);
            dbms.registerTransactionEventListener(db.databaseName(), listener);
            Indexes.put(db, index);
            index.start(() -> db.isAvailable(1_000), db.databaseName());
        }

        @Override
        public void stop() {
            Indexes.remove(db);
            index.stop();
            try {
                dbms.unregisterTransactionEventListener(db.databaseName(), listener);
            } catch (RuntimeException alreadyGone) {
                // The database is shutting down; its listeners go with it.
            }
        }
    }
}
