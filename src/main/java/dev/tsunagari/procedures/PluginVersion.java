package dev.tsunagari.procedures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of the procedures, as the build wrote it into {@code tsunagari-plugin.properties}: the service
 * refuses to start on a Neo4j whose {@code tsunagari.*} procedures are of another version.
 */
public final class PluginVersion {
    private static final String FILE = "tsunagari-plugin.properties";
    private static final String VERSION = read();

    private PluginVersion() {}

    public static String current() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = PluginVersion.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + FILE + " on the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
