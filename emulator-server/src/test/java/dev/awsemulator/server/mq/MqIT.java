package dev.awsemulator.server.mq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import dev.awsemulator.server.testsupport.DevServerProcess;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.ActiveMQSslConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.mq.MqClient;
import software.amazon.awssdk.services.mq.model.BrokerState;
import software.amazon.awssdk.services.mq.model.ChangeType;
import software.amazon.awssdk.services.mq.model.EngineType;
import software.amazon.awssdk.services.mq.model.User;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar as users run it: brokers load nothing until the first one, and survive a kill -9 with a data directory,
 * persistent messages included.
 */
class MqIT {

    private static final String PASSWORD = "durable-password-1";

    @TempDir
    Path directory;

    @Test
    void noBrokerClassLoadsBeforeTheFirstBrokerIsCreatedAndThenFromTheBrokersJarsBesideTheServers() throws Exception {
        Path classes = directory.resolve("classes.log");
        try (DevServerProcess server = DevServerProcess.startWith(
                List.of("-Xlog:class+load=info:file=" + classes));
             SqsClient sqs = configure(SqsClient.builder(), server.endpoint()).build();
             MqClient mq = configure(MqClient.builder(), server.endpoint()).build()) {
            sqs.createQueue(b -> b.queueName("orders"));
            mq.listBrokers(b -> b.maxResults(10));
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    server.endpoint().resolve("/_emulator/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.body()).contains("\"mq\": \"running\"");
            assertThat(brokerClasses(classes)).isEmpty();

            String id = mq.createBroker(MqApiTest.activeMq("first")).brokerId();
            assertThat(running(mq, id)).isEqualTo(BrokerState.RUNNING);
            assertThat(brokerClasses(classes).get("org.apache.activemq.broker.BrokerService"))
                    .contains(DevServerProcess.jar().resolveSibling("brokers").toString()).contains("activemq-broker-");
        }
    }

    @Test
    void brokersUsersConfigurationsAndPersistentMessagesSurviveAKill() throws Exception {
        Path data = directory.resolve("data");
        String id;
        List<String> endpoints;
        try (DevServerProcess server = DevServerProcess.start("--data-dir", data.toString());
             MqClient mq = configure(MqClient.builder(), server.endpoint()).build()) {
            String configuration = mq.createConfiguration(b -> b.name("kept").engineType("ACTIVEMQ")).id();
            id = mq.createBroker(MqApiTest.activeMq("durable").toBuilder()
                    .configuration(c -> c.id(configuration)).build()).brokerId();
            running(mq, id);
            mq.createUser(b -> b.brokerId(id).username("later").password(PASSWORD));
            endpoints = mq.describeBroker(b -> b.brokerId(id)).brokerInstances().get(0).endpoints();
            try (Connection connection = openWire(endpoints, data).createConnection("app", "api-password-12")) {
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageProducer producer = session.createProducer(session.createQueue("kept"));
                producer.setDeliveryMode(DeliveryMode.PERSISTENT);
                producer.send(session.createTextMessage("survived"));
            }
            server.kill();
        }

        try (DevServerProcess server = DevServerProcess.start("--data-dir", data.toString());
             MqClient mq = configure(MqClient.builder(), server.endpoint()).build()) {
            assertThat(running(mq, id)).isEqualTo(BrokerState.RUNNING);
            assertThat(mq.describeBroker(b -> b.brokerId(id)).brokerInstances().get(0).endpoints())
                    .isEqualTo(endpoints);
            assertThat(mq.describeUser(b -> b.brokerId(id).username("later")).pending().pendingChange())
                    .isEqualTo(ChangeType.CREATE);
            assertThat(mq.describeBroker(b -> b.brokerId(id)).configurations().current().id()).startsWith("c-");
            try (Connection connection = openWire(endpoints, data).createConnection("app", "api-password-12")) {
                connection.start();
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                TextMessage kept = (TextMessage) session.createConsumer(session.createQueue("kept")).receive(30_000);
                assertThat(kept.getText()).isEqualTo("survived");
            }
        }
    }

    @Test
    void rabbitMqPersistentMessagesSurviveAKill() throws Exception {
        Path data = directory.resolve("data");
        String id;
        String endpoint;
        try (DevServerProcess server = DevServerProcess.start("--data-dir", data.toString());
             MqClient mq = configure(MqClient.builder(), server.endpoint()).build()) {
            id = mq.createBroker(MqApiTest.activeMq("rabbit").toBuilder().engineType(EngineType.RABBITMQ)
                    .users(User.builder().username("admin").password(PASSWORD).build()).build()).brokerId();
            running(mq, id);
            endpoint = mq.describeBroker(b -> b.brokerId(id)).brokerInstances().get(0).endpoints().get(0);
            com.rabbitmq.client.Connection connection = amqp(endpoint, server.endpoint()).newConnection();
            Channel channel = connection.createChannel();
            channel.queueDeclare("kept", true, false, false, null);
            AMQP.BasicProperties persistent = new AMQP.BasicProperties.Builder().deliveryMode(2).build();
            channel.basicPublish("", "kept", persistent, "acknowledged".getBytes(StandardCharsets.UTF_8));
            channel.basicPublish("", "kept", persistent, "survived".getBytes(StandardCharsets.UTF_8));
            channel.basicPublish("", "kept", null, "transient".getBytes(StandardCharsets.UTF_8));
            channel.basicAck(channel.basicGet("kept", false).getEnvelope().getDeliveryTag(), false);
            // A round trip after the acknowledgement, so the broker has taken it before the kill.
            channel.queueDeclarePassive("kept");
            server.kill();
            connection.abort();
        }

        try (DevServerProcess server = DevServerProcess.start("--data-dir", data.toString());
             MqClient mq = configure(MqClient.builder(), server.endpoint()).build()) {
            assertThat(running(mq, id)).isEqualTo(BrokerState.RUNNING);
            try (com.rabbitmq.client.Connection connection = amqp(endpoint, server.endpoint()).newConnection();
                 Channel channel = connection.createChannel()) {
                GetResponse survived = channel.basicGet("kept", true);
                assertThat(new String(survived.getBody(), StandardCharsets.UTF_8)).isEqualTo("survived");
                assertThat(survived.getEnvelope().isRedeliver()).isTrue();
                assertThat(channel.basicGet("kept", true)).isNull();
            }
        }
    }

    /** The RabbitMQ client on the broker's {@code amqps://} endpoint, trusting the emulator's certificate. */
    private static ConnectionFactory amqp(String endpoint, URI emulator) throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri(endpoint.replace("amqps://", "amqps://admin:" + PASSWORD + "@"));
        factory.useSslProtocol(BrokerTrust.fetch(emulator));
        return factory;
    }

    /** The broker's state once it left *_IN_PROGRESS; the process is another JVM, so this polls DescribeBroker. */
    private static BrokerState running(MqClient mq, String id) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        BrokerState state = mq.describeBroker(b -> b.brokerId(id)).brokerState();
        while (state.toString().endsWith("_IN_PROGRESS") && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
            state = mq.describeBroker(b -> b.brokerId(id)).brokerState();
        }
        return state;
    }

    /** OpenWire over TLS, trusting the trust store the emulator wrote in its data directory. */
    private static ActiveMQSslConnectionFactory openWire(List<String> endpoints, Path data) throws Exception {
        ActiveMQSslConnectionFactory factory = new ActiveMQSslConnectionFactory(endpoints.get(0));
        factory.setTrustStore(data.resolve("mq").resolve("truststore.p12").toString());
        factory.setTrustStorePassword("changeit");
        return factory;
    }

    /** The broker classes the JVM loaded, each with where from. */
    private static Map<String, String> brokerClasses(Path log) throws Exception {
        return Files.readAllLines(log).stream()
                .filter(line -> line.contains("org.apache.activemq") || line.contains("org.apache.qpid")
                        || line.contains("dev.awsemulator.mq."))
                .collect(Collectors.toMap(line -> line.replaceAll(".*\\] ([^ ]+) source.*", "$1"),
                        line -> line.replaceAll(".* source: ", ""), (first, again) -> first));
    }

    private static <B extends software.amazon.awssdk.awscore.client.builder.AwsClientBuilder<B, ?>> B configure(
            B builder, URI endpoint) {
        return builder.endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")));
    }

}
