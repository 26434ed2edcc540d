package dev.tsunagari.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tsunagari.graph.ClasspathFolder;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Serves the OpenAPI 3.1 document and a Swagger UI page built from the swagger-ui webjar (no CDN). The document is
 * kept as one fragment per feature under {@code openapi/}: {@code 00-base.json} holds the header, and every
 * fragment's {@code paths} and {@code components.schemas} are merged in file-name order.
 */
public final class ApiDocs {
    private final byte[] openApi;
    private final String docsPage;

    public ApiDocs() {
        this.openApi = merged();
        String version = swaggerUiVersion();
        this.docsPage = new String(resource("docs.html"), StandardCharsets.UTF_8)
                .replace("{{swagger}}", "/webjars/swagger-ui/" + version);
    }

    public void openApi(Context ctx) {
        ctx.contentType("application/json").result(openApi);
    }

    public void docs(Context ctx) {
        ctx.header("Content-Security-Policy", SecurityHeaders.DOCS_CSP);
        ctx.html(docsPage);
    }

    /** The whole OpenAPI document, merged from the fragments. */
    public static ObjectNode document() {
        ObjectNode document = null;
        for (String file : ClasspathFolder.list("openapi", ".json")) {
            try {
                ObjectNode fragment = (ObjectNode) Json.MAPPER.readTree(resource("openapi/" + file));
                if (document == null) {
                    document = fragment;
                } else {
                    mergeSection(document, fragment, "paths");
                    mergeSection(document.with("components"), fragment.path("components"), "schemas");
                    mergeSection(document.with("components"), fragment.path("components"), "parameters");
                    mergeSection(document.with("components"), fragment.path("components"), "responses");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read openapi/" + file, e);
            }
        }
        if (document == null) {
            throw new IllegalStateException("No OpenAPI fragments under openapi/");
        }
        forbiddenEverywhere(document);
        return document;
    }

    /**
     * Any {@code /api} operation may answer 403: the role rules (a viewer writing, a member changing what another
     * account added, {@code X-Acting-As} from a non-admin) are checked for every route, so the fragments need not
     * each repeat it.
     */
    private static void forbiddenEverywhere(ObjectNode document) {
        document.path("paths").fields().forEachRemaining(path -> {
            if (path.getKey().startsWith("/api/")) {
                path.getValue().fields().forEachRemaining(op -> {
                    if (op.getValue().path("responses") instanceof ObjectNode responses && !responses.has("403")) {
                        responses.putObject("403").put("$ref", "#/components/responses/Forbidden");
                    }
                });
            }
        });
    }

    private static void mergeSection(ObjectNode into, JsonNode from, String section) {
        JsonNode part = from.path(section);
        if (part.isObject()) {
            into.with(section).setAll((ObjectNode) part);
        }
    }

    private static byte[] merged() {
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(document());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = ApiDocs.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String swaggerUiVersion() {
        Properties props = new Properties();
        try (InputStream in = ApiDocs.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("The swagger-ui webjar is missing from the classpath");
            }
            props.load(in);
            return props.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
