package dev.tsunagari.procedures;

import java.util.List;
import org.neo4j.internal.kernel.api.exceptions.ProcedureException;
import org.neo4j.kernel.api.procedure.GlobalProcedures;

/**
 * Every class of {@code tsunagari.*} procedures, in one list: a server finds them in the plugin jar by itself;
 * the embedded Neo4j of the service is handed them here.
 */
public final class Procedures {
    public static final List<Class<?>> CLASSES = List.of(VersionProcedure.class, IndexProcedures.class,
            FinderProcedures.class, PathProcedures.class, SearchProcedures.class,
            RelationshipProcedures.class);

    private Procedures() {}

    public static void registerAll(GlobalProcedures procedures) {
        for (Class<?> type : CLASSES) {
            try {
                procedures.registerProcedure(type);
            } catch (ProcedureException e) {
                throw new IllegalStateException("Cannot register the procedures of " + type.getName(), e);
            }
        }
    }
}
