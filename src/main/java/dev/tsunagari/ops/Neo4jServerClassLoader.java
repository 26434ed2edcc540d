package dev.tsunagari.ops;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * The class path {@code neo4j-server} runs Neo4j on, so that the {@code tsunagari.*} procedures and the tie index
 * extension come from the jars of its plugins directory, as on a real Neo4j server, and not from the copies of the
 * same classes in the service's own jar.
 *
 * <p>A Neo4j server starts with its plugins directory on its class path, next to its own libraries: Neo4j finds
 * the extension there (ServiceLoader), and its procedure loader, a class loader over the same jars whose parent is
 * Neo4j's own and which asks that parent first, takes the procedure classes from there as well. This process's class
 * path (the service's jar) holds Neo4j and the service, and the service holds the plugin's classes and files too:
 * left alone, both Neo4j and its procedure loader would find the service's copies first. So this loader is what a
 * server's class path holds: the plugin jars, then this process's class path with the service's own classes and
 * files hidden (everything under {@code dev/tsunagari/} and {@code cypher/}, and {@code tsunagari-plugin.properties});
 * those names are seen only in the plugin jars. Neo4j and the plugin are loaded here, and a class or Cypher file
 * missing from the plugin jar is missing, as it would be on a server.
 *
 * <p>The service's code that starts Neo4j ({@code EmbeddedNeo4j}) is loaded by {@link #service()}, a child over
 * this process's class path: Neo4j's classes come from here, its own classes and its Cypher files from itself.
 * Whatever runs Neo4j must make this loader the thread's context class loader (ServiceLoader looks there).
 */
public final class Neo4jServerClassLoader extends URLClassLoader {
    static {
        registerAsParallelCapable();
    }

    /** The service's names: seen in the plugin jars only. */
    private static final List<String> SERVICE_NAMES = List.of("dev/tsunagari/", "cypher/", "tsunagari-plugin.properties");
    /** The plugin's packages, as class names: never taken from the service's class path, not even by the service. */
    private static final List<String> PLUGIN_PACKAGES =
            List.of("dev.tsunagari.tiegraph.", "dev.tsunagari.tieindex.", "dev.tsunagari.procedures.");

    private final List<Path> pluginJars;
    /** How resources inside the plugin jars begin: {@code jar:file:/…/x.jar!/}. */
    private final List<String> pluginPrefixes;
    private final ServiceClasses service;

    private Neo4jServerClassLoader(List<Path> pluginJars, URL[] classPath) {
        super("neo4j-server", concat(urls(pluginJars), classPath), ClassLoader.getPlatformClassLoader());
        this.pluginJars = List.copyOf(pluginJars);
        this.pluginPrefixes = Arrays.stream(urls(pluginJars)).map(url -> "jar:" + url + "!/").toList();
        this.service = new ServiceClasses(classPath, this);
    }

    /** Over the jars in {@code pluginDir} (none when it does not exist) and this process's class path. */
    public static Neo4jServerClassLoader of(Path pluginDir) {
        return new Neo4jServerClassLoader(jarsIn(pluginDir), ownClassPath());
    }

    /** The jars this loader takes the plugin from, sorted by name. */
    public List<Path> pluginJars() {
        return pluginJars;
    }

    /** Loads the service's own classes (and sees its Cypher files), with Neo4j and the plugin from this loader. */
    public ClassLoader service() {
        return service;
    }

    /**
     * SLF4J is this process's: the libraries of Neo4j that log through it (Shiro) log through the service's logging
     * configuration, already set up, instead of a second one that could not load the service's encoder.
     */
    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (name.startsWith("org.slf4j.")) {
            return Neo4jServerClassLoader.class.getClassLoader().loadClass(name);
        }
        return super.loadClass(name, resolve);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        String file = name.replace('.', '/') + ".class";
        if (serviceName(file) && findResource(file) == null) {
            throw new ClassNotFoundException(name + " (not in the plugins directory)");
        }
        // The plugin jars come first in the search, so a class they hold is defined from them.
        return super.findClass(name);
    }

    @Override
    public URL findResource(String name) {
        if (!serviceName(name)) {
            return super.findResource(name);
        }
        try {
            Enumeration<URL> found = findResources(name);
            return found.hasMoreElements() ? found.nextElement() : null;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public Enumeration<URL> findResources(String name) throws IOException {
        Enumeration<URL> all = super.findResources(name);
        if (!serviceName(name)) {
            return all;
        }
        List<URL> inPlugins = new ArrayList<>();
        while (all.hasMoreElements()) {
            URL url = all.nextElement();
            if (inPlugin(url)) {
                inPlugins.add(url);
            }
        }
        return Collections.enumeration(inPlugins);
    }

    @Override
    public void close() throws IOException {
        try {
            service.close();
        } finally {
            super.close();
        }
    }

    private boolean inPlugin(URL url) {
        String text = url.toString();
        return pluginPrefixes.stream().anyMatch(text::startsWith);
    }

    private static boolean serviceName(String name) {
        return SERVICE_NAMES.stream().anyMatch(name::startsWith);
    }

    static boolean pluginClass(String name) {
        return PLUGIN_PACKAGES.stream().anyMatch(name::startsWith);
    }

    /** The service's side: parent first (Neo4j), and the plugin's packages only ever from the parent. */
    private static final class ServiceClasses extends URLClassLoader {
        static {
            registerAsParallelCapable();
        }

        ServiceClasses(URL[] classPath, Neo4jServerClassLoader parent) {
            super("tsunagari-service", classPath, parent);
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            if (pluginClass(name)) {
                throw new ClassNotFoundException(name + " (not in the plugins directory)");
            }
            return super.findClass(name);
        }
    }

    private static List<Path> jarsIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.jar")) {
            stream.forEach(jar -> jars.add(jar.toAbsolutePath().normalize()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the plugins directory " + dir, e);
        }
        Collections.sort(jars);
        return jars;
    }

    /** This JVM's class path: the service's jar under {@code java -jar}, or its classes and dependencies. */
    private static URL[] ownClassPath() {
        List<Path> entries = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> Path.of(entry).toAbsolutePath().normalize())
                .toList();
        return urls(entries);
    }

    private static URL[] urls(List<Path> paths) {
        URL[] urls = new URL[paths.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = paths.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("Not a class path entry: " + paths.get(i), e);
            }
        }
        return urls;
    }

    private static URL[] concat(URL[] first, URL[] second) {
        URL[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
