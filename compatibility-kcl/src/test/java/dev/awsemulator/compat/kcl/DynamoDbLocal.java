package dev.awsemulator.compat.kcl;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Map;
import java.util.TreeMap;

/**
 * DynamoDB Local as a server in the test JVM, in memory: where the KCL keeps its lease, worker-metrics
 * and coordinator-state tables. Its native sqlite4java libraries come from the folder the build names in
 * {@code sqlite4java.library.path}.
 */
final class DynamoDbLocal implements AutoCloseable {

    private final DynamoDBProxyServer server;
    private final URI endpoint;
    private final DynamoDbClient client;

    private DynamoDbLocal(DynamoDBProxyServer server, URI endpoint) {
        this.server = server;
        this.endpoint = endpoint;
        this.client = AwsClients.configure(DynamoDbClient.builder(), endpoint).build();
    }

    static DynamoDbLocal startInMemory() throws Exception {
        int port = freePort();
        DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(
                new String[] {"-inMemory", "-port", Integer.toString(port)});
        server.start();
        return new DynamoDbLocal(server, URI.create("http://127.0.0.1:" + port));
    }

    /** A client for one KCL worker; the worker closes it when it stops. */
    DynamoDbAsyncClient newAsyncClient() {
        return AwsClients.configure(DynamoDbAsyncClient.builder(), endpoint).build();
    }

    /**
     * The KCL's leases of one application, by lease key (the shard id): what each one's row holds. A lease
     * is a row with a checkpoint: the table also holds the KCL's coordinator state (its leader lock, its
     * migration state) and its workers' metrics, in rows of their own.
     */
    Map<String, Lease> leases(String applicationName) {
        Map<String, Lease> leases = new TreeMap<>();
        client.scanPaginator(b -> b.tableName(applicationName).consistentRead(true)).items().stream()
                .filter(item -> item.containsKey("checkpoint"))
                .forEach(item -> leases.put(item.get("leaseKey").s(),
                        new Lease(string(item, "leaseOwner"), string(item, "checkpoint"))));
        return leases;
    }

    @Override
    public void close() {
        client.close();
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not stop", e);
        }
    }

    private static String string(Map<String, AttributeValue> item, String name) {
        AttributeValue value = item.get(name);
        return value == null ? null : value.s();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** One row of a lease table: who holds the shard and how far its records are checkpointed. */
    record Lease(String owner, String checkpoint) {
    }
}
