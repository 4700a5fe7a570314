package dev.awsemulator.server.http;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * XNIO announces its version at INFO as its classes load, through java.util.logging when the JVM has
 * no other logging backend. A server embedded in a test run should print nothing of its own, so its
 * logger only passes warnings and errors, unless the application's logging configuration already
 * gave it a level (that choice stands).
 */
final class LibraryLogging {

    /** Held: java.util.logging keeps loggers only weakly, and a collected logger would forget its level. */
    private static final Logger XNIO = Logger.getLogger("org.xnio");

    private LibraryLogging() {
    }

    static synchronized void quietStartUpNotices() {
        if (XNIO.getLevel() == null) {
            XNIO.setLevel(Level.WARNING);
        }
    }
}
