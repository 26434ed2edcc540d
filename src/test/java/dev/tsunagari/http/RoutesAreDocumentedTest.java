package dev.tsunagari.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tsunagari.App;
import dev.tsunagari.config.Config;
import dev.tsunagari.support.Neo4jTest;
import dev.tsunagari.support.OpenApiContract;
import dev.tsunagari.support.TestNeo4j;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The OpenAPI document and the routes of the app cannot drift apart: each lists exactly what the other does. */
@Neo4jTest
class RoutesAreDocumentedTest {

    @Test
    void everyRegisteredRouteIsDocumentedAndEveryDocumentedOperationIsRegistered() {
        Javalin app = App.create(Config.fromEnvironment(Map.of()).withAdminToken("unused"), TestNeo4j.graph(), "test");

        Set<String> registered = app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod() && !endpoint.method.equals(HandlerType.HEAD))
                .map(endpoint -> endpoint.method.name() + " " + endpoint.path)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> documented = OpenApiContract.operations().stream()
                .map(op -> op.method() + " " + op.template())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(registered).as("routes registered in App").isNotEmpty();
        assertThat(documented).as("the document lacks routes the app registers").containsAll(registered);
        assertThat(registered).as("the document lists operations the app does not register").containsAll(documented);
    }
}
