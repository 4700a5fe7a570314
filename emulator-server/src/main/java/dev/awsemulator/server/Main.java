package dev.awsemulator.server;

import dev.awsemulator.core.Emulator;
import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.service.RuntimeLibraries;
import dev.awsemulator.core.time.ManualClock;
import dev.awsemulator.server.cli.CommandLine;
import dev.awsemulator.server.cli.ConsoleLogging;
import dev.awsemulator.server.cli.DevServerOptions;
import dev.awsemulator.server.cli.UsageException;
import dev.awsemulator.server.config.ConfigApplier;
import dev.awsemulator.server.config.ConfigException;
import dev.awsemulator.server.config.EmulatorConfig;

import java.net.BindException;
import java.net.URI;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar emulator-server.jar [options]}: the emulator until SIGTERM or SIGINT. Exits with 2
 * on a bad option or config file and with 1 when it cannot listen, before printing its banner.
 */
public final class Main {

    static final int BAD_USAGE = 2;
    static final int CANNOT_START = 1;

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        DevServerOptions options;
        EmulatorConfig config;
        try {
            CommandLine commandLine = EmulatorServer.commandLine();
            options = commandLine.parse(args, System.getenv());
            if (options.help()) {
                System.out.print(commandLine.usage());
                return;
            }
            ConsoleLogging.configure(options.logLevel());
            config = checkedConfig(options);
        } catch (UsageException | ConfigException e) {
            exit(BAD_USAGE, e.getMessage());
            return;
        }
        EmulatorServer.Builder serverBuilder = EmulatorServer.builder().host(options.host()).port(options.port())
                .region(options.region()).account(options.account()).config(config)
                .verifySignatures(options.signingCredentials()).prepareListener();
        Emulator emulator;
        try {
            // The brokers' libraries for the emulator that serves; the config file's scratch one starts no broker.
            emulator = emulator(options).port(RuntimeLibraries.class, BrokerLibraries.besideServerJar())
                    .dataDirectory(options.dataDir()).build();
        } catch (RuntimeException e) {
            exit(CANNOT_START, "cannot use data directory " + options.dataDir() + ": " + rootMessage(e));
            return;
        }
        EmulatorServer server;
        try {
            server = serverBuilder.emulator(emulator).start();
        } catch (ConfigException e) {
            emulator.close();
            exit(BAD_USAGE, "config file " + options.config() + ": " + e.getMessage());
            return;
        } catch (RuntimeException e) {
            emulator.close();
            exit(CANNOT_START, "cannot listen on " + options.host() + ":" + options.port() + ": " + rootMessage(e)
                    + (isBindFailure(e) ? " (is another emulator running? choose another port with --port)" : ""));
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            emulator.close();
            stopped.countDown();
        }, "emulator-shutdown"));
        System.out.println("AWS emulator (" + String.join(", ", EmulatorServer.serviceNames()) + ") listening on "
                + server.endpoint());
        IdleMemoryRelease.enableAfterStartUp();
        stopped.await();
    }

    private static Emulator.Builder emulator(DevServerOptions options) {
        Emulator.Builder builder = Emulator.builder();
        options.serviceOptions().forEach(builder::options);
        return options.maxRetainedBytes() > 0 ? builder.maxRetainedBytes(options.maxRetainedBytes()) : builder;
    }

    /**
     * The config file, read and then applied once to a scratch emulator (on a clock that never moves,
     * reaching no HTTP subscriber, starting no broker), so that a file the services refuse stops the start
     * before the port opens.
     */
    private static EmulatorConfig checkedConfig(DevServerOptions options) {
        if (options.config() == null) {
            return EmulatorConfig.EMPTY;
        }
        EmulatorConfig config = EmulatorServer.configReader().read(options.config());
        try (Emulator scratch = emulator(options).clock(new ManualClock()).checkOnly().build()) {
            Caller caller = new Caller(options.account(), options.region(), URI.create("http://"
                    + (options.host().contains(":") ? "[" + options.host() + "]" : options.host()) + ":" + options.port()));
            new ConfigApplier(scratch, EmulatorServer.faultRegistry(scratch), caller).apply(config);
        } catch (ConfigException e) {
            throw new ConfigException("config file " + options.config() + ": " + e.getMessage(), e);
        }
        return config;
    }

    private static boolean isBindFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }

    private static void exit(int code, String message) {
        System.err.println("emulator: " + message);
        System.exit(code);
    }
}
