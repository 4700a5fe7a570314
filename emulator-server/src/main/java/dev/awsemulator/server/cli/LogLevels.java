package dev.awsemulator.server.cli;

import java.util.Locale;
import java.util.logging.Level;

/** The level names users know (error ... trace) and their java.util.logging counterparts. */
final class LogLevels {

    private LogLevels() {
    }

    static Level parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "off" -> Level.OFF;
            case "error" -> Level.SEVERE;
            case "warn", "warning" -> Level.WARNING;
            case "info" -> Level.INFO;
            case "debug" -> Level.FINE;
            case "trace" -> Level.FINEST;
            default -> throw new UsageException("--log-level must be error, warn, info, debug or trace, not " + text);
        };
    }

    static String name(Level level) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            return "ERROR";
        }
        if (value >= Level.WARNING.intValue()) {
            return "WARN";
        }
        if (value >= Level.INFO.intValue()) {
            return "INFO";
        }
        return value >= Level.FINE.intValue() ? "DEBUG" : "TRACE";
    }
}
