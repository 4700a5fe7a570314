package dev.awsemulator.server.cli;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.sns.SnsService;
import dev.awsemulator.server.dashboard.Dashboard;
import dev.awsemulator.server.http.AdminHandler;
import dev.awsemulator.server.service.CommandLineOptions;
import dev.awsemulator.server.sqs.SqsModule;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dev server's options: each one a command-line flag and an environment variable (the flag wins). The server's
 * own are listed here, each service's come from its module ({@link CommandLineOptions}), and parsing, the usage
 * text and the README's table follow from the one list. Adding an option is adding one entry.
 */
public final class CommandLine {

    /** Sets one option from its text; throws {@link UsageException} on a bad value. */
    @FunctionalInterface
    interface Setter {
        void set(DevServerOptions options, String value);
    }

    /**
     * One option. {@code valueName} is null for a switch, which takes no value on the command line
     * and {@code true} or {@code false} in its environment variable.
     */
    record Option(String flag, String valueName, String env, String defaultText, String help, Setter setter) {
    }

    /** The server's options listed before the services'. */
    private static final List<Option> SERVER_OPTIONS = List.of(
            new Option("--host", "HOST", "EMULATOR_HOST", "127.0.0.1", "address to listen on (0.0.0.0 for every interface)",
                    (options, value) -> options.host = value),
            new Option("--port", "PORT", "EMULATOR_PORT", "4566", "port to listen on; 0 picks a free one",
                    (options, value) -> options.port = port(value)),
            new Option("--region", "REGION", "EMULATOR_REGION", "us-east-1",
                    "region of requests without a credential scope, and of the config file's resources",
                    (options, value) -> options.region = region(value)),
            new Option("--account", "ACCOUNT", "EMULATOR_ACCOUNT", "000000000000",
                    "account of requests whose access key id is not a 12-digit account id, and of the config "
                            + "file's resources", (options, value) -> options.account = account(value)),
            new Option("--config", "FILE", "EMULATOR_CONFIG", "none",
                    "YAML or JSON file of queues, topics, subscriptions and streams to create at start and on reset",
                    (options, value) -> options.config = Path.of(value)),
            new Option("--data-dir", "DIR", "EMULATOR_DATA_DIR", "none (memory only)",
                    "keep state in DIR across restarts: every change is journaled there before it is answered",
                    (options, value) -> options.dataDir = Path.of(value)),
            new Option("--log-level", "LEVEL", "EMULATOR_LOG_LEVEL", "warn",
                    "error, warn, info (failed requests), debug (every request) or trace",
                    (options, value) -> options.logLevel = LogLevels.parse(value)));

    /** The server's options listed after the services'. */
    private static final List<Option> LAST_OPTIONS = List.of(
            new Option("--max-retained-bytes", "SIZE", "EMULATOR_MAX_RETAINED_BYTES", "half of the heap",
                    "heap that unread SQS messages and unexpired Kinesis records may hold together, e.g. 512m or 2g; "
                            + "beyond it sends answer OverLimit, puts LimitExceededException, publishes Throttled",
                    (options, value) -> options.maxRetainedBytes = size(value, "--max-retained-bytes")),
            new Option("--verify-signatures", "KEY:SECRET", "EMULATOR_VERIFY_SIGNATURES", "off",
                    "check SigV4 signatures; only these access keys may call (repeat the flag, or comma-separate "
                            + "in the variable)", CommandLine::credentials),
            new Option("--help", null, null, null, "show this help and exit", (options, value) -> options.help = true));

    /** The emulator's own endpoints, each with what it answers: the {@code --help} text after the options. */
    static final Map<String, String> ENDPOINTS = endpoints();

    private static final Pattern SIZE = Pattern.compile("(\\d{1,15})([kmg]?)");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d+");

    private final List<CommandLineOptions<?>> services;
    private final List<Option> options;

    /** The command line of a server of these services' options, in the order {@code --help} lists them. */
    public CommandLine(List<CommandLineOptions<?>> services) {
        this.services = List.copyOf(services);
        List<Option> all = new ArrayList<>(SERVER_OPTIONS);
        services.forEach(service -> addFlags(service, all));
        all.addAll(LAST_OPTIONS);
        this.options = List.copyOf(all);
    }

    private static <O> void addFlags(CommandLineOptions<O> service, List<Option> all) {
        for (CommandLineOptions.Flag<O> flag : service.flags()) {
            all.add(new Option(flag.flag(), flag.valueName(), flag.env(), flag.defaultText(), flag.help(),
                    (options, value) -> options.change(service, parse(flag, value))));
        }
    }

    private static <O> UnaryOperator<O> parse(CommandLineOptions.Flag<O> flag, String value) {
        try {
            return flag.parse().apply(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Every option, in the order {@code --help} lists them. */
    List<Option> options() {
        return options;
    }

    /** The options the environment sets, overridden by those on the command line. */
    public DevServerOptions parse(String[] args, Map<String, String> environment) {
        DevServerOptions options = new DevServerOptions(services);
        for (Option option : this.options) {
            String value = option.env() == null ? null : environment.get(option.env());
            if (value != null && !value.isEmpty()) {
                try {
                    option.setter().set(options, value);
                } catch (UsageException e) {
                    throw new UsageException(option.env() + "=" + value + ": " + e.getMessage());
                }
            }
        }
        for (int i = 0; i < args.length; i++) {
            int equals = args[i].indexOf('=');
            String flag = args[i].startsWith("--") && equals > 0 ? args[i].substring(0, equals) : args[i];
            Option option = option(flag);
            if (option.valueName() == null) {
                if (!flag.equals(args[i])) {
                    throw new UsageException(option.flag() + " takes no value");
                }
                option.setter().set(options, "true");
            } else if (!flag.equals(args[i])) {
                option.setter().set(options, args[i].substring(equals + 1));
            } else if (++i < args.length) {
                option.setter().set(options, args[i]);
            } else {
                throw new UsageException(option.flag() + " needs a value");
            }
        }
        return options;
    }

    private Option option(String flag) {
        for (Option option : options) {
            if (option.flag().equals(flag) || flag.equals("-h") && option.flag().equals("--help")) {
                return option;
            }
        }
        String guess = NearestWord.among(options.stream().map(Option::flag).toList(), flag)
                .map(nearest -> ": did you mean " + nearest + "?").orElse("");
        throw new UsageException("unknown option " + flag + guess + " (see --help)");
    }

    public String usage() {
        StringBuilder usage = new StringBuilder("Usage: java -jar emulator-server.jar [options]\n\nOptions:\n");
        for (Option option : options) {
            String flag = option.flag() + (option.valueName() == null ? "" : " " + option.valueName());
            usage.append(String.format(Locale.ROOT, "  %-34s %s%n", flag, option.help()));
            if (option.env() != null) {
                usage.append(String.format(Locale.ROOT, "  %-34s env %s, default %s%n", "", option.env(),
                        option.defaultText()));
            }
        }
        usage.append("\nEndpoints, on the same port as the AWS APIs:\n");
        ENDPOINTS.forEach((endpoint, help) -> usage.append(String.format(Locale.ROOT, "  %-34s %s%n", endpoint, help)));
        return usage.toString();
    }

    private static Map<String, String> endpoints() {
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("GET " + Dashboard.PATH, "the dashboard: queues, topics, streams and recent requests, "
                + "in a browser (as JSON under " + Dashboard.PATH + "/api/)");
        endpoints.put("GET " + AdminHandler.HEALTH, "the services' status and the retained memory against its bound "
                + "(also at " + AdminHandler.LOCALSTACK_HEALTH + ")");
        endpoints.put("POST " + AdminHandler.RESET, "delete every resource and re-create the config file's, empty");
        endpoints.put("GET " + SqsModule.PEEK_PATH + "?QueueUrl=URL", "a queue's messages without receiving them "
                + "(ShowInvisible=true, ShowDelayed=true add those in flight and delayed)");
        endpoints.put("GET " + SnsService.SIGNING_CERTIFICATE_PATH, "the certificate SNS notifications are "
                + "signed with (their SigningCertURL)");
        return endpoints;
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
        throw new UsageException("--port must be a number from 0 to 65535, not " + text);
    }

    private static void credentials(DevServerOptions options, String text) {
        for (String pair : text.split(",")) {
            int colon = pair.indexOf(':');
            if (colon <= 0 || colon == pair.length() - 1) {
                throw new UsageException("--verify-signatures takes ACCESS_KEY_ID:SECRET_ACCESS_KEY, not " + pair);
            }
            options.signingCredentials.put(pair.substring(0, colon), pair.substring(colon + 1));
        }
    }

    private static String region(String text) {
        if (!REGION.matcher(text).matches()) {
            throw new UsageException("--region must be a region name such as eu-west-1, not " + text);
        }
        return text;
    }

    private static String account(String text) {
        if (!Caller.isAccountId(text)) {
            throw new UsageException("--account must be 12 digits, not " + text);
        }
        return text;
    }

    /** A positive number of bytes, with an optional binary suffix: 1048576, 1024k, 512m, 2g. */
    private static long size(String text, String option) {
        Matcher matcher = SIZE.matcher(text.trim().toLowerCase(Locale.ROOT));
        long bytes = 0;
        if (matcher.matches()) {
            int shift = switch (matcher.group(2)) {
                case "k" -> 10;
                case "m" -> 20;
                case "g" -> 30;
                default -> 0;
            };
            long number = Long.parseLong(matcher.group(1));
            bytes = number > Long.MAX_VALUE >> shift ? 0 : number << shift;
        }
        if (bytes <= 0) {
            throw new UsageException(option + " must be a positive size such as 1048576, 512m or 2g, not " + text);
        }
        return bytes;
    }
}
