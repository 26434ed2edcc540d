package dev.tsunagari.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Serves the OpenAPI document and a Swagger UI page built from the swagger-ui webjar (no CDN). */
public final class ApiDocs {
    private final byte[] openApi;
    private final String docsPage;

    public ApiDocs() {
        this.openApi = resource("openapi.json");
        String version = swaggerUiVersion();
        this.docsPage = new String(resource("docs.html"), StandardCharsets.UTF_8)
                .replace("{{swagger}}", "/webjars/swagger-ui/" + version);
    }

    public void openApi(Context ctx) {
        ctx.contentType("application/json").result(openApi);
    }

    public void docs(Context ctx) {
        ctx.html(docsPage);
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
