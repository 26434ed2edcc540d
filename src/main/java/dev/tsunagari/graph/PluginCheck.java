package dev.tsunagari.graph;

import dev.tsunagari.procedures.PluginVersion;
import java.util.Map;
import org.neo4j.driver.exceptions.ClientException;

/**
 * The service uses the {@code tsunagari.*} procedures of the Neo4j it talks to, so it checks them when it connects:
 * {@code tsunagari.version()} must be there and answer the version of this service. The embedded Neo4j has them
 * from the service itself; a server has them only from the plugin jar in its plugins directory.
 */
public final class PluginCheck {
    static final String PROCEDURE_NOT_FOUND = "Neo.ClientError.Procedure.ProcedureNotFound";
    static final String REGISTRATION_FAILED = "Neo.ClientError.Procedure.ProcedureRegistrationFailed";
    /**
     * The value of {@code dbms.security.procedures.unrestricted} the plugin needs: search and connectors read
     * full-text hits through the kernel's index cursor (procedures/Matches), which Neo4j sandboxes otherwise.
     */
    public static final String UNRESTRICTED = "tsunagari.*";

    private PluginCheck() {}

    /** Neo4j lacks the procedures, or has another version of them: the service does not start. */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** Returns the version found; throws {@link Refused} with what was found and how to install the plugin. */
    public static String verify(Graph graph, String where) {
        String wanted = PluginVersion.current();
        String found;
        try {
            found = graph.read(tx -> Graph.run(tx, new CypherFiles().get("graph/plugin_version"), Map.of())
                    .single().get("version").asString(null));
        } catch (ClientException e) {
            if (PROCEDURE_NOT_FOUND.equals(e.code())) {
                throw new Refused("Neo4j (" + where + ") has no tsunagari.version() procedure: the Tsunagari plugin "
                        + "is not installed there, and this service needs version " + wanted + " of it. "
                        + install());
            }
            throw new Refused("Neo4j (" + where + ") could not run tsunagari.version(): " + e.code() + ": "
                    + e.getMessage() + ". This service needs version " + wanted + " of the Tsunagari plugin. "
                    + install());
        }
        if (!wanted.equals(found)) {
            throw new Refused("Neo4j (" + where + ") has version " + found + " of the Tsunagari plugin "
                    + "(tsunagari.version()), but this service needs version " + wanted + ". " + install());
        }
        try {
            graph.read(tx -> Graph.run(tx, new CypherFiles().get("graph/plugin_unrestricted"), Map.of()).consume());
        } catch (ClientException e) {
            if (REGISTRATION_FAILED.equals(e.code())) {
                throw new Refused("Neo4j (" + where + ") has the Tsunagari plugin but keeps its procedures sandboxed, "
                        + "so tsunagari.search and tsunagari.connectors cannot run: " + e.getMessage() + " " + install());
            }
            throw e;
        }
        return found;
    }

    private static String install() {
        return "To install it: copy tsunagari-neo4j-plugin.jar (built by `mvn package`, in target/) into the plugins/ "
                + "directory of that Neo4j server (of every server, in a cluster), replacing any older copy, set "
                + "dbms.security.procedures.unrestricted=" + UNRESTRICTED + " in its neo4j.conf "
                + "(NEO4J_dbms_security_procedures_unrestricted in the Docker image), and restart Neo4j.";
    }
}
