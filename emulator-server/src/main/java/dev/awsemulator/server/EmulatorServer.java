package dev.awsemulator.server;

import dev.awsemulator.core.Emulator;
import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.service.EmulatedService;
import dev.awsemulator.server.api.ServiceDefinition;
import dev.awsemulator.server.cli.CommandLine;
import dev.awsemulator.server.config.ConfigApplier;
import dev.awsemulator.server.config.ConfigReader;
import dev.awsemulator.server.config.ConfigSection;
import dev.awsemulator.server.config.EmulatorConfig;
import dev.awsemulator.server.config.FaultsConfig;
import dev.awsemulator.server.dashboard.Dashboard;
import dev.awsemulator.server.dashboard.DashboardView;
import dev.awsemulator.server.dashboard.RecentRequests;
import dev.awsemulator.server.faults.FaultRegistry;
import dev.awsemulator.server.faults.FaultViews;
import dev.awsemulator.server.faults.Faults;
import dev.awsemulator.server.http.AdminHandler;
import dev.awsemulator.server.http.CorsHandler;
import dev.awsemulator.server.http.CallerDefaults;
import dev.awsemulator.server.http.DateHeaderHandler;
import dev.awsemulator.server.http.DocumentHandler;
import dev.awsemulator.server.http.FaultedCalls;
import dev.awsemulator.server.http.FaultsEndpoint;
import dev.awsemulator.server.http.HttpListener;
import dev.awsemulator.server.http.RootHandler;
import dev.awsemulator.server.http.SignatureVerifier;
import dev.awsemulator.server.kafka.KafkaModule;
import dev.awsemulator.server.kinesis.KinesisModule;
import dev.awsemulator.server.mq.MqModule;
import dev.awsemulator.server.requests.RequestListener;
import dev.awsemulator.server.service.BoundService;
import dev.awsemulator.server.service.ServiceModule;
import dev.awsemulator.server.sns.SnsModule;
import dev.awsemulator.server.sqs.SqsModule;
import io.undertow.server.handlers.GracefulShutdownHandler;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The emulator on one HTTP port for every service: HTTP/1.1, and HTTP/2 over cleartext (prior
 * knowledge, as the SDK's async clients speak it) on the same listener.
 *
 * <pre>{@code
 * try (EmulatorServer server = EmulatorServer.builder().port(0).start()) {
 *     SqsClient sqs = SqsClient.builder().endpointOverride(server.endpoint()) ... .build();
 * }
 * }</pre>
 */
public final class EmulatorServer implements AutoCloseable {

    /**
     * The services every server offers, one line each: routed, listed in the health endpoint and the
     * dashboard, and read from the config file and created in this order.
     */
    static final List<ServiceModule<?>> MODULES = List.of(
            new SqsModule(),
            new SnsModule(),
            new KinesisModule(),
            new MqModule(),
            new KafkaModule());

    /** The dev server's command line: the server's own options and every module's. */
    public static CommandLine commandLine() {
        return new CommandLine(MODULES.stream().flatMap(module -> module.commandLineOptions().stream()).toList());
    }

    /** AWS's own limit for SQS (1 MiB message plus batch framing) with room for Query encoding overhead. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 8L * 1024 * 1024;

    /** How long a client may take to send a request's head once it began: slow clients hold no thread, but a socket. */
    public static final Duration DEFAULT_REQUEST_PARSE_TIMEOUT = Duration.ofSeconds(30);
    /** How long a connection may stay open without a request; longer than the SDKs keep idle connections. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(5);

    private final Emulator emulator;
    private final boolean ownsEmulator;
    private final int requestedPort;
    private HttpListener listener;
    private final GracefulShutdownHandler graceful;
    private final String host;
    private final CallerDefaults callers;
    private final EmulatorConfig config;
    private final Runnable afterReset;
    private final FaultRegistry faults;

    private EmulatorServer(Builder builder) {
        this.ownsEmulator = builder.emulator == null;
        this.emulator = ownsEmulator ? Emulator.builder().dataDirectory(builder.dataDir).build() : builder.emulator;
        this.host = builder.host;
        RecentRequests recentRequests = new RecentRequests(emulator.clock(), RecentRequests.DEFAULT_CAPACITY);
        this.callers = new CallerDefaults(builder.account, builder.region);
        this.config = builder.config;
        this.afterReset = builder.afterReset;
        List<BoundService> services = MODULES.stream().map(module -> BoundService.bind(module, emulator)).toList();
        this.faults = new FaultRegistry(services.stream().map(BoundService::definition).toList(), emulator.clock());
        RootHandler root = new RootHandler(services.stream().map(BoundService::definition).toList(), callers,
                builder.maxRequestBytes, recentRequests.andThen(builder.requestListener),
                builder.credentials.isEmpty() ? null : new SignatureVerifier(builder.credentials, Clock.systemUTC()),
                new FaultedCalls(faults));
        root.prepareInBackground();
        Map<String, Supplier<String>> health = new LinkedHashMap<>();
        services.forEach(service -> health.put(service.name(), service.status()));
        AdminHandler admin = new AdminHandler(new FaultsEndpoint(root, faults, callers), health,
                emulator.retainedMemory(), this::reset);
        List<DashboardView> views = new ArrayList<>();
        services.forEach(service -> views.addAll(service.dashboardViews()));
        views.add(FaultViews.dashboardView(faults));
        DocumentHandler documents = new DocumentHandler(new Dashboard(admin, views, recentRequests));
        services.forEach(service -> service.documents().forEach(document ->
                documents.serve(document.path(), document.contentType(), document.content())));
        this.graceful = new GracefulShutdownHandler(new DateHeaderHandler(new CorsHandler(documents)));
        this.requestedPort = builder.port;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A reader of config files with the sections of every service a server offers, then its fault rules. */
    public static ConfigReader configReader() {
        List<ConfigSection<?>> sections = new ArrayList<>();
        MODULES.forEach(module -> sections.addAll(module.configSections()));
        sections.add(FaultsConfig.FAULTS);
        return new ConfigReader(sections);
    }

    /**
     * Fault rules for calls of {@code emulator}'s services, as a server serving it would check them; unlike a
     * server, this offers the emulator no port, so it reaches nothing outside (a config file's check).
     */
    static FaultRegistry faultRegistry(Emulator emulator) {
        return new FaultRegistry(MODULES.stream().map(module -> definition(module, emulator)).toList(),
                emulator.clock());
    }

    private static <S extends EmulatedService> ServiceDefinition definition(ServiceModule<S> module,
                                                                            Emulator emulator) {
        return module.definition(emulator.service(module.serviceType()));
    }

    /** The services every server offers, as people name them: {@code SQS}, ... */
    public static List<String> serviceNames() {
        return MODULES.stream().map(ServiceModule::displayName).toList();
    }

    private EmulatorServer begin(HttpListener.Preparation preparation) {
        try {
            listener = preparation.bind(host, requestedPort, graceful);
        } catch (RuntimeException e) {
            if (ownsEmulator) {
                emulator.close(); // releases its data directory for the next attempt
            }
            throw e;
        }
        try {
            applyConfig();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        return this;
    }

    /**
     * Deletes every resource of every service and every fault rule, and re-creates the configured ones, empty;
     * the clock keeps its time. {@code POST /_emulator/reset} does the same.
     */
    public void reset() {
        emulator.reset();
        faults.clear();
        applyConfig();
        afterReset.run();
    }

    /** In the default account and region, through this server's endpoint (HTTP subscribers confirm through it). */
    private void applyConfig() {
        configApplier(new Caller(callers.accountId(), callers.region(), endpoint())).apply(config);
    }

    /**
     * An applier of configs to this server: resources in {@code caller}'s account and region, created through its
     * endpoint, and fault rules for that account's calls.
     */
    public ConfigApplier configApplier(Caller caller) {
        return new ConfigApplier(emulator, faults, caller);
    }

    /**
     * The fault rules for calls of the default account, whose resources are looked up in the default region;
     * {@code /_emulator/faults} shows and changes the same rules.
     */
    public Faults faults() {
        return faults(new Caller(callers.accountId(), callers.region(), endpoint()));
    }

    /** The fault rules for calls of {@code caller}'s account, whose resources are looked up in its region. */
    public Faults faults(Caller caller) {
        return faults.scope(caller);
    }

    /** The port actually bound; with port 0, the one the system chose. */
    public int port() {
        return listener.address().getPort();
    }

    /** The URL to give SDK clients as {@code endpointOverride}. */
    public URI endpoint() {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + shown + ":" + port());
    }

    /** The web page that shows what the emulator holds, for a browser. */
    public URI dashboard() {
        return endpoint().resolve(Dashboard.PATH);
    }

    public Emulator emulator() {
        return emulator;
    }

    /**
     * Stops taking requests, ends waiting long polls with empty answers, lets requests in progress
     * finish (up to five seconds) and closes the port. The emulator's state stays: with a data
     * directory, closing the server's own emulator writes a last snapshot there.
     */
    @Override
    public void close() {
        graceful.shutdown();
        emulator.endWaits();
        try {
            graceful.awaitShutdown(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        listener.close();
        if (ownsEmulator) {
            emulator.close();
        }
    }

    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 4566;
        private String region = Caller.DEFAULT_REGION;
        private String account = Caller.DEFAULT_ACCOUNT;
        private EmulatorConfig config = EmulatorConfig.EMPTY;
        private Runnable afterReset = () -> { };
        private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private Emulator emulator;
        private RequestListener requestListener = RequestListener.NONE;
        private Map<String, String> credentials = Map.of();
        private Duration requestParseTimeout = DEFAULT_REQUEST_PARSE_TIMEOUT;
        private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
        private Path dataDir;
        private HttpListener.Preparation listener;

        private Builder() {
        }

        /**
         * Begins making the listener now, so that it overlaps with what the caller does before {@link #start()}
         * (the dev server builds its emulator meanwhile); call it after the timeouts are set.
         */
        Builder prepareListener() {
            if (listener == null) {
                listener = newListener();
            }
            return this;
        }

        private HttpListener.Preparation newListener() {
            return HttpListener.prepare(Math.max(2, Runtime.getRuntime().availableProcessors()), requestParseTimeout,
                    idleTimeout);
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** 0 picks a free port; read it back with {@link EmulatorServer#port()}. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The region of requests that carry no credential scope. */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /**
         * The account of requests whose access key id is not an account id (12 digits), and of the
         * configured resources.
         */
        public Builder account(String account) {
            this.account = account;
            return this;
        }

        /**
         * Resources to create at start and again after each {@link EmulatorServer#reset()}, in the
         * default account and region; a {@link dev.awsemulator.server.config.ConfigException} from
         * {@link #start()} names the entry a service refused.
         */
        public Builder config(EmulatorConfig config) {
            this.config = config;
            return this;
        }

        /** Runs at the end of every {@link EmulatorServer#reset()}, e.g. to re-create resources declared in code. */
        public Builder afterReset(Runnable afterReset) {
            this.afterReset = afterReset;
            return this;
        }

        /** A connection whose request head is not complete this long after it began is closed (slowloris). */
        public Builder requestParseTimeout(Duration timeout) {
            this.requestParseTimeout = timeout;
            return this;
        }

        /** A connection with no request for this long is closed. */
        public Builder idleTimeout(Duration timeout) {
            this.idleTimeout = timeout;
            return this;
        }

        public Builder maxRequestBytes(long maxRequestBytes) {
            this.maxRequestBytes = maxRequestBytes;
            return this;
        }

        /**
         * Serves this emulator (the caller closes it); by default the server makes and owns one. The
         * server gives it what serving needs and its builder did not bind, such as SNS's HTTP client.
         */
        public Builder emulator(Emulator emulator) {
            this.emulator = emulator;
            return this;
        }

        /** Told about every answered request (a journal for tests); called on IO threads, so keep it quick. */
        public Builder requestListener(RequestListener requestListener) {
            this.requestListener = requestListener;
            return this;
        }

        /**
         * Checks every request's SigV4 signature against these credentials (access key id to secret
         * access key) and refuses the others as AWS does ({@code InvalidClientTokenId},
         * {@code SignatureDoesNotMatch}, 403; Kinesis's JSON names, 400). Default: none, and any
         * credentials work.
         */
        public Builder verifySignatures(Map<String, String> secretsByAccessKeyId) {
            this.credentials = Map.copyOf(secretsByAccessKeyId);
            return this;
        }

        /**
         * Keeps the state in {@code dataDir} across restarts: every change is journaled there before it is
         * answered, and the state found there is restored at start. Default: memory only. For an emulator
         * given with {@link #emulator}, set the data directory on its own builder instead.
         */
        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        public EmulatorServer start() {
            // The listener is made while the services are bound, and serves once they are; a builder started
            // again makes another.
            HttpListener.Preparation preparation = listener != null ? listener : newListener();
            listener = null;
            EmulatorServer server;
            try {
                if (emulator != null && dataDir != null) {
                    throw new IllegalStateException("a data directory belongs to the emulator: give it to "
                            + "Emulator.builder().dataDirectory(..) rather than to the server's builder");
                }
                server = new EmulatorServer(this);
            } catch (RuntimeException | Error e) {
                preparation.cancel();
                throw e;
            }
            return server.begin(preparation);
        }
    }
}
