package dev.awsemulator.server;

import dev.awsemulator.core.service.RuntimeLibraries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.stream.Stream;

/**
 * The dev server's brokers (Kafka for MSK, ActiveMQ and Qpid for Amazon MQ) with their libraries: jars in the
 * directory {@code brokers} beside the server's jar rather than inside it, loaded by a class loader of their own
 * when the first broker starts. The JVM reads the whole directory of the jar it runs, and maps and relocates
 * every class of its archive, at each start: the brokers were five sixths of those entries and almost half of
 * that archive, and most runs never start one. Without that directory (the server run from its classes, as in
 * its own tests) the brokers come from the class path.
 */
final class BrokerLibraries implements RuntimeLibraries {

    private static final String DIRECTORY = "brokers";

    private final Path directory;
    private ClassLoader loader;

    private BrokerLibraries(Path directory) {
        this.directory = directory;
    }

    /** The brokers beside the jar this class came from, else (no such jar, or no such directory) the class path's. */
    static RuntimeLibraries besideServerJar() {
        Path origin = origin();
        Path directory = origin.resolveSibling(DIRECTORY);
        return Files.isRegularFile(origin) && Files.isDirectory(directory) ? new BrokerLibraries(directory)
                : CLASS_PATH;
    }

    @Override
    public synchronized ClassLoader classLoader() {
        if (loader == null) {
            loader = new URLClassLoader(DIRECTORY, jars(), BrokerLibraries.class.getClassLoader());
            URL.setURLStreamHandlerFactory(new BrokerUrlHandlers(loader));
        }
        return loader;
    }

    /** The directory's jars in name order, so that every start sees the same class path. */
    private URL[] jars() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".jar")).sorted()
                    .map(BrokerLibraries::url).toArray(URL[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the brokers' libraries in " + directory, e);
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(jar.toString(), e);
        }
    }

    /** The jar, or the directory of classes, this class was loaded from. */
    private static Path origin() {
        CodeSource source = BrokerLibraries.class.getProtectionDomain().getCodeSource();
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the server's own location is no file: " + source.getLocation(), e);
        }
    }
}
