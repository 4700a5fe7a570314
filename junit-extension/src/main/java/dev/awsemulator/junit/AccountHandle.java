package dev.awsemulator.junit;

import dev.awsemulator.server.faults.Faults;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A running emulator as one account sees it: the clients act as that account, names resolve in it and
 * inspection reads it. The class's handle uses the declared account; with account-per-test each test
 * gets a handle of its own, whose clients are closed after the test.
 */
final class AccountHandle implements AwsEmulator, AutoCloseable {

    private final RunningEmulator running;
    private final ResourceAddresses addresses;
    private final Journal journal;
    private final Map<ClientKind, AutoCloseable> clients = new ConcurrentHashMap<>();

    AccountHandle(RunningEmulator running, ResourceAddresses addresses, Journal journal) {
        this.running = running;
        this.addresses = addresses;
        this.journal = journal;
    }

    ResourceAddresses addresses() {
        return addresses;
    }

    /** The requests this account made (for the class's handle: every request no test account made). */
    Journal journal() {
        return journal;
    }

    @Override
    public URI endpoint() {
        return running.endpoint();
    }

    @Override
    public int port() {
        return running.port();
    }

    @Override
    public String region() {
        return running.settings().region();
    }

    @Override
    public String accountId() {
        return addresses.caller().accountId();
    }

    @Override
    public AwsCredentialsProvider credentialsProvider() {
        return SdkSettings.credentials(accountId());
    }

    @Override
    public <B extends AwsClientBuilder<B, ?>> B configure(B builder) {
        return SdkSettings.configure(builder, this, running.stalledWaits());
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
        return running.names(addresses).queueUrl(queueName);
    }

    @Override
    public String queueArn(String queueName) {
        return running.names(addresses).queueArn(queueName);
    }

    @Override
    public String topicArn(String topicName) {
        return running.names(addresses).topicArn(topicName);
    }

    @Override
    public MqBroker mqBroker(String brokerName) {
        return running.mqBroker(addresses.caller(), brokerName);
    }

    @Override
    public String bootstrapServers(String clusterName) {
        return running.clusters().bootstrapServers(addresses.caller(), clusterName);
    }

    @Override
    public VirtualClock clock() {
        return running.clock();
    }

    @Override
    public void reset() {
        running.reset(this);
    }

    @Override
    public Inspection inspect() {
        return running.inspect(this);
    }

    @Override
    public Faults faults() {
        return running.faults(this);
    }

    /** Closes this handle's clients; a test's account is then deleted, the class's stays. */
    @Override
    public void close() {
        try {
            closeClients();
        } finally {
            running.closed(this);
        }
    }

    private void closeClients() {
        List<Exception> failures = new ArrayList<>();
        clients.values().forEach(client -> {
            try {
                client.close();
            } catch (Exception e) {
                failures.add(e);
            }
        });
        clients.clear();
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
