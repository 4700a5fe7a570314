package dev.awsemulator.server;

import java.net.URLStreamHandler;
import java.net.URLStreamHandlerFactory;
import java.util.regex.Pattern;

/**
 * The URL schemes that the brokers' libraries define for themselves (Qpid's {@code classpath:} and
 * {@code data:}, with which it reads its own defaults). A library names its handlers' packages in the system
 * property {@code java.protocol.handler.pkgs}, where the JDK looks for them on the system class path only:
 * the brokers' loader has them instead, so the same lookup is made there.
 */
final class BrokerUrlHandlers implements URLStreamHandlerFactory {

    private static final String HANDLER_PACKAGES = "java.protocol.handler.pkgs";
    private static final Pattern SEPARATOR = Pattern.compile("\\|");

    private final ClassLoader brokers;

    BrokerUrlHandlers(ClassLoader brokers) {
        this.brokers = brokers;
    }

    /** The handler the brokers' libraries have for {@code protocol}, else null: the JDK's own lookup goes on. */
    @Override
    public URLStreamHandler createURLStreamHandler(String protocol) {
        String packages = System.getProperty(HANDLER_PACKAGES);
        if (packages == null) {
            return null;
        }
        for (String prefix : SEPARATOR.split(packages)) {
            try {
                Class<?> handler = Class.forName(prefix.trim() + "." + protocol + ".Handler", true, brokers);
                if (URLStreamHandler.class.isAssignableFrom(handler)) {
                    return (URLStreamHandler) handler.getDeclaredConstructor().newInstance();
                }
            } catch (ReflectiveOperationException e) {
                // Not this package's scheme: the JDK's lookup tries the next one the same way.
            }
        }
        return null;
    }
}
