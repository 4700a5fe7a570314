package dev.awsemulator.server;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/** {@code java -jar emulator-server.jar [--host H] [--port N]}: the emulator until SIGTERM or SIGINT. */
public final class Main {

    private static final String USAGE = """
            Usage: java -jar emulator-server.jar [options]
              --host H      address to listen on (default 127.0.0.1)
              --port N      port to listen on, 0 for any free port (default 4566)
              --region R    region of requests without a credential scope (default us-east-1)
              --help        show this help
            """;

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmulatorServer.Builder builder = EmulatorServer.builder();
        try {
            if (!parse(args, builder)) {
                System.out.print(USAGE);
                return;
            }
        } catch (IllegalArgumentException e) {
            fail(System.err, e.getMessage());
            return;
        }
        ManagementInBackground.start();
        EmulatorServer server;
        try {
            server = builder.start();
        } catch (RuntimeException e) {
            fail(System.err, "could not start: " + rootMessage(e));
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "emulator-shutdown"));
        System.out.println("AWS emulator (SQS, SNS, Kinesis) listening on " + server.endpoint());
        stopped.await();
    }

    /** Applies the options; false when help was asked for. */
    static boolean parse(String[] args, EmulatorServer.Builder builder) {
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help", "-h" -> {
                    return false;
                }
                case "--host" -> builder.host(value(args, ++i, "--host"));
                case "--port" -> builder.port(port(value(args, ++i, "--port")));
                case "--region" -> builder.region(value(args, ++i, "--region"));
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
            }
        }
        return true;
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException("--port must be a number from 0 to 65535, not " + text);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }

    private static void fail(PrintStream err, String message) {
        err.println("emulator: " + message);
        System.exit(2);
    }
}
