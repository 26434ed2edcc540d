package dev.tsunagari.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** axe-core's script from its webjar on the test classpath, read once. */
final class Axe {
    private static final String WEBJAR = "META-INF/resources/webjars/axe-core/";
    private static String source;

    private Axe() {}

    static synchronized String source() {
        if (source == null) {
            source = read(WEBJAR + version() + "/axe.min.js");
        }
        return source;
    }

    private static String version() {
        try (InputStream in = resource("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String path) {
        try (InputStream in = resource(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = Axe.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("axe-core is not on the test classpath (org.webjars.npm:axe-core): " + path);
        }
        return in;
    }
}
