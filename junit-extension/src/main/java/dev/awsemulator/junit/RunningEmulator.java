package dev.awsemulator.junit;

import dev.awsemulator.core.Emulator;
import dev.awsemulator.core.time.ManualClock;
import dev.awsemulator.server.EmulatorServer;
import dev.awsemulator.server.config.ConfigException;
import dev.awsemulator.server.config.ConfigReader;
import dev.awsemulator.server.config.EmulatorConfig;
import dev.awsemulator.server.sns.JdkHttpDelivery;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One emulator on a free port with its clients. Kept in JUnit's store as an {@link AutoCloseable},
 * so JUnit closes it with the context that made it even if the extension's own clean-up never runs.
 */
final class RunningEmulator implements AwsEmulator, AutoCloseable {

    private final Settings settings;
    private final ManualClock manualClock;
    private final Emulator emulator;
    private final EmulatorServer server;
    private final Journal journal = new Journal();
    private final Names names;
    private final Map<ClientKind, AutoCloseable> clients = new ConcurrentHashMap<>();

    private RunningEmulator(Settings settings, EmulatorConfig config) {
        this.settings = settings;
        this.manualClock = settings.virtualTime() ? new ManualClock() : null;
        Emulator.Builder builder = Emulator.builder().clock(manualClock).sqsOptions(settings.sqsOptions())
                .httpDelivery(new JdkHttpDelivery());
        this.emulator = (settings.maxRetainedBytes() > 0 ? builder.maxRetainedBytes(settings.maxRetainedBytes())
                : builder).build();
        try {
            this.server = EmulatorServer.builder().port(0).region(settings.region()).account(settings.accountId())
                    .config(config).emulator(emulator).requestListener(journal::add).afterReset(this::afterReset)
                    .start();
        } catch (ConfigException e) {
            emulator.close();
            throw new ExtensionConfigurationException("The config file " + settings.config() + " is invalid: "
                    + e.getMessage(), e);
        }
        this.names = new Names(settings.accountId(), settings.region(), server.endpoint());
    }

    /** Starts the emulator; a config file is looked up with {@code loader} (the test class's). */
    static RunningEmulator start(Settings settings, ClassLoader loader) {
        EmulatorConfig config;
        try {
            config = settings.config().isEmpty() ? EmulatorConfig.EMPTY
                    : ConfigReader.readResourceOrFile(settings.config(), loader);
        } catch (ConfigException e) {
            throw new ExtensionConfigurationException(e.getMessage(), e);
        }
        RunningEmulator running = new RunningEmulator(settings, config);
        try {
            settings.resources().createIn(running.emulator, running.names);
        } catch (RuntimeException e) {
            running.close();
            throw e;
        }
        return running;
    }

    Settings settings() {
        return settings;
    }

    Journal journal() {
        return journal;
    }

    @Override
    public URI endpoint() {
        return server.endpoint();
    }

    @Override
    public int port() {
        return server.port();
    }

    @Override
    public String region() {
        return settings.region();
    }

    @Override
    public String accountId() {
        return settings.accountId();
    }

    @Override
    public AwsCredentialsProvider credentialsProvider() {
        return SdkSettings.credentials(settings.accountId());
    }

    @Override
    public <B extends AwsClientBuilder<B, ?>> B configure(B builder) {
        return SdkSettings.configure(builder, this, settings.virtualTime());
    }

    @Override
    public <T> T client(Class<T> clientType) {
        ClientKind kind = ClientKind.of(clientType).orElseThrow(() -> new IllegalArgumentException(
                clientType.getName() + " is not a client the emulator provides"));
        return clientType.cast(client(kind));
    }

    Object client(ClientKind kind) {
        return clients.computeIfAbsent(kind, known -> known.create(this));
    }

    @Override
    public String queueUrl(String queueName) {
        return names.queueUrl(queueName);
    }

    @Override
    public String topicArn(String topicName) {
        return names.topicArn(topicName);
    }

    @Override
    public VirtualClock clock() {
        if (manualClock == null) {
            throw new IllegalStateException("Virtual time is off for this emulator: use "
                    + "@AwsEmulatorTest(virtualTime = true) or AwsEmulatorExtension.builder().virtualTime().");
        }
        return new VirtualClock(manualClock);
    }

    /** The clock as a parameter: the same message as {@link #clock()}, as JUnit expects it. */
    VirtualClock clockParameter() {
        try {
            return clock();
        } catch (IllegalStateException e) {
            throw new ParameterResolutionException("Cannot inject VirtualClock: " + e.getMessage());
        }
    }

    @Override
    public void reset() {
        server.reset();
    }

    /** After the server's reset, from here or from {@code POST /_emulator/reset}: a fresh journal and the declared resources. */
    private void afterReset() {
        journal.clear();
        settings.resources().createIn(emulator, names);
    }

    @Override
    public Inspection inspect() {
        return new Inspection(emulator, names, journal);
    }

    /** Clients first, so none of them talks to a closed port; then the server and its emulator. */
    @Override
    public void close() {
        List<Exception> failures = new ArrayList<>();
        clients.values().forEach(client -> {
            try {
                client.close();
            } catch (Exception e) {
                failures.add(e);
            }
        });
        clients.clear();
        server.close();
        emulator.close();
        if (!failures.isEmpty()) {
            IllegalStateException failure = new IllegalStateException("could not close every SDK client");
            failures.forEach(failure::addSuppressed);
            throw failure;
        }
    }

    @Override
    public String toString() {
        return "AwsEmulator at " + endpoint() + " (" + region() + ", account " + accountId() + ")";
    }
}
