package dev.awsemulator.spring.orders.comparison;

import dev.awsemulator.junit.AwsEmulatorExtension;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A server for one test class, started before it and stopped after it: the JUnit extension's emulator with the
 * application's config file, or, with {@code -Dsuite.server=elasticmq}, embedded ElasticMQ with the queues the
 * application listens on (it has no SNS or Kinesis, so the Kinesis binding is left out).
 */
final class PerClassServer implements BeforeAllCallback, AfterAllCallback {

    static final String PROPERTY = "suite.server";
    private static final List<String> LISTENED_QUEUES = List.of("orders", "payments.fifo", "large-orders");

    private final boolean elasticMq = "elasticmq".equals(System.getProperty(PROPERTY));
    private AutoCloseable running;
    private URI endpoint;

    /** The Spring Cloud AWS properties for the server running now, read when the context starts. */
    Map<String, Supplier<Object>> properties() {
        Map<String, Supplier<Object>> properties = new LinkedHashMap<>();
        properties.put("spring.cloud.aws.sqs.endpoint", () -> endpoint);
        if (elasticMq) {
            properties.put("spring.cloud.function.definition", () -> "");
        } else {
            properties.put("spring.cloud.aws.sns.endpoint", () -> endpoint);
            properties.put("spring.cloud.aws.cloudwatch.endpoint", () -> endpoint);
        }
        properties.put("spring.cloud.aws.region.static", () -> "us-east-1");
        properties.put("spring.cloud.aws.credentials.access-key", () -> "000000000000");
        properties.put("spring.cloud.aws.credentials.secret-key", () -> "any");
        return properties;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (elasticMq) {
            SQSRestServer server = SQSRestServerBuilder.withInterface("127.0.0.1").withDynamicPort().start();
            endpoint = URI.create("http://127.0.0.1:" + server.waitUntilStarted().localAddress().getPort());
            running = server::stopAndWait;
            createListenedQueues();
        } else {
            AwsEmulatorExtension emulator = AwsEmulatorExtension.builder().config("orders-emulator.yaml").start();
            endpoint = emulator.endpoint();
            running = emulator;
        }
    }

    private void createListenedQueues() {
        try (SqsClient sqs = SqsClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(AnonymousCredentialsProvider.create()).httpClient(ApacheHttpClient.create()).build()) {
            LISTENED_QUEUES.forEach(queue -> sqs.createQueue(b -> b.queueName(queue).attributes(queue.endsWith(".fifo")
                    ? Map.of(QueueAttributeName.FIFO_QUEUE, "true", QueueAttributeName.CONTENT_BASED_DEDUPLICATION, "true")
                    : Map.of())));
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        running.close();
    }
}
