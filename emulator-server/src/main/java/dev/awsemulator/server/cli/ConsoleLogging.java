package dev.awsemulator.server.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * java.util.logging for the dev server (Undertow and XNIO log through it too): one line per record
 * on standard error. The emulator's own loggers follow {@code --log-level}; the libraries' only show
 * warnings and errors, so their start-up notices do not crowd the banner.
 *
 * <p>Undertow and XNIO log through JBoss Logging, which prefers Log4j 2 or Logback whenever one is on the
 * class path: their lines would bypass this format, setting Log4j 2 up loads about 560 classes before the
 * first answer, and JBoss Logging looks for each backend by loading its classes. So the dev server names
 * java.util.logging as JBoss Logging's backend, unless the user chose one ({@code -Dorg.jboss.logging.provider}).
 */
public final class ConsoleLogging {

    private static final String JBOSS_LOGGING_PROVIDER = "org.jboss.logging.provider";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
    /** Held so the configured levels are not lost: java.util.logging keeps loggers only weakly. */
    private static final Logger ROOT = Logger.getLogger("");
    private static final Logger EMULATOR = Logger.getLogger("dev.awsemulator");

    private ConsoleLogging() {
    }

    public static void configure(Level level) {
        if (System.getProperty(JBOSS_LOGGING_PROVIDER) == null) {
            System.setProperty(JBOSS_LOGGING_PROVIDER, "jdk");
        }
        for (Handler handler : ROOT.getHandlers()) {
            ROOT.removeHandler(handler);
        }
        ConsoleHandler console = new ConsoleHandler();
        console.setLevel(Level.ALL);
        console.setFormatter(new OneLine());
        ROOT.addHandler(console);
        ROOT.setLevel(level.intValue() > Level.WARNING.intValue() ? level : Level.WARNING);
        EMULATOR.setLevel(level);
    }

    private static final class OneLine extends Formatter {
        @Override
        public String format(LogRecord record) {
            String logger = record.getLoggerName() == null ? "" : record.getLoggerName();
            StringBuilder line = new StringBuilder()
                    .append(LocalTime.now().format(TIME)).append(' ')
                    .append(LogLevels.name(record.getLevel())).append(' ')
                    .append(logger.substring(logger.lastIndexOf('.') + 1)).append(' ')
                    .append(formatMessage(record)).append(System.lineSeparator());
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }
}
