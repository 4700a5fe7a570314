package dev.awsemulator.mq.rabbitmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import dev.awsemulator.core.Emulator;
import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.mq.BrokerProtocol;
import dev.awsemulator.core.mq.MqService;
import dev.awsemulator.core.mq.api.CreateBrokerRequest;
import dev.awsemulator.core.mq.api.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a RabbitMQ broker keeps across a restart of an emulator with a data directory, seen by the RabbitMQ Java
 * client: persistent messages on durable queues that no consumer acknowledged, flagged redelivered; neither the
 * acknowledged ones, nor transient messages, nor non-durable queues.
 */
class RabbitMqPersistenceTest {

    private static final Caller CALLER = new Caller(Caller.DEFAULT_ACCOUNT, Caller.DEFAULT_REGION,
            URI.create("http://127.0.0.1:4566"));
    private static final String USER = "app";
    private static final String PASSWORD = "rabbit-password-1";
    private static final AMQP.BasicProperties PERSISTENT = new AMQP.BasicProperties.Builder().deliveryMode(2)
            .contentType("text/plain").messageId("m-1").headers(Map.of("tenant", "acme")).build();
    private static final AMQP.BasicProperties TRANSIENT = new AMQP.BasicProperties.Builder().deliveryMode(1).build();

    @TempDir
    Path root;

    @Test
    void unacknowledgedPersistentMessagesSurviveAStopAndARestart() throws Exception {
        Path data = root.resolve("data");
        Emulator first = Emulator.builder().dataDirectory(data).build();
        MqService mq = first.service(MqService.class);
        String id = createBroker(mq);
        Connection connection = connect(mq, id);
        publishAndTakeSome(connection.createChannel());
        // The consumer still holds "delivered" unacknowledged when the emulator stops as a dev server's restart does.
        first.close();
        connection.abort();

        try (Emulator second = Emulator.builder().dataDirectory(data).build()) {
            assertKeptOnly(second.service(MqService.class), id);
        }
    }

    @Test
    void unacknowledgedPersistentMessagesSurviveAKill() throws Exception {
        Path data = root.resolve("data");
        Path killed = root.resolve("killed");
        String id;
        try (Emulator first = Emulator.builder().dataDirectory(data).build()) {
            MqService mq = first.service(MqService.class);
            id = createBroker(mq);
            try (Connection connection = connect(mq, id)) {
                publishAndTakeSome(connection.createChannel());
                killedCopy(data, killed);
            }
        }
        assertThat(killed.resolve("mq").resolve("brokers").resolve(id).resolve(JournaledVirtualHost.JOURNAL))
                .isNotEmptyFile();

        try (Emulator second = Emulator.builder().dataDirectory(killed).build()) {
            assertKeptOnly(second.service(MqService.class), id);
        }
    }

    /**
     * Declares a durable and a non-durable queue, publishes persistent and transient messages, acknowledges the
     * first persistent one and takes the second without acknowledging it.
     */
    private static void publishAndTakeSome(Channel channel) throws IOException {
        channel.queueDeclare("orders", true, false, false, null);
        channel.queueDeclare("scratch", false, false, false, null);
        channel.basicPublish("", "orders", PERSISTENT, bytes("acknowledged"));
        channel.basicPublish("", "orders", PERSISTENT, bytes("delivered"));
        channel.basicPublish("", "orders", TRANSIENT, bytes("transient"));
        channel.basicPublish("", "orders", PERSISTENT, bytes("waiting"));
        channel.basicPublish("", "scratch", PERSISTENT, bytes("on a non-durable queue"));

        GetResponse acknowledged = channel.basicGet("orders", false);
        assertThat(text(acknowledged)).isEqualTo("acknowledged");
        channel.basicAck(acknowledged.getEnvelope().getDeliveryTag(), false);
        GetResponse delivered = channel.basicGet("orders", false);
        assertThat(text(delivered)).isEqualTo("delivered");
        assertThat(delivered.getEnvelope().isRedeliver()).isFalse();
    }

    private static void assertKeptOnly(MqService mq, String id) throws Exception {
        assertThat(settle(mq, id)).isEqualTo("RUNNING");
        try (Connection connection = connect(mq, id); Channel channel = connection.createChannel()) {
            GetResponse delivered = channel.basicGet("orders", false);
            GetResponse waiting = channel.basicGet("orders", false);
            assertThat(List.of(text(delivered), text(waiting))).containsExactly("delivered", "waiting");
            assertThat(delivered.getEnvelope().isRedeliver()).isTrue();
            assertThat(waiting.getEnvelope().isRedeliver()).isTrue();
            AMQP.BasicProperties properties = delivered.getProps();
            assertThat(properties.getDeliveryMode()).isEqualTo(2);
            assertThat(properties.getContentType()).isEqualTo("text/plain");
            assertThat(properties.getMessageId()).isEqualTo("m-1");
            assertThat(properties.getHeaders()).containsOnlyKeys("tenant");
            assertThat(properties.getHeaders().get("tenant")).hasToString("acme");
            assertThat(channel.basicGet("orders", false)).isNull();
            channel.basicAck(waiting.getEnvelope().getDeliveryTag(), true);
        }
        try (Connection connection = connect(mq, id)) {
            // The refusal closes the channel, as RabbitMQ's does.
            Channel channel = connection.createChannel();
            assertThatThrownBy(() -> channel.queueDeclarePassive("scratch")).isInstanceOf(IOException.class)
                    .rootCause().hasMessageContaining("reply-code=404");
        }
    }

    private static String createBroker(MqService mq) throws Exception {
        String id = mq.createBroker(CALLER, new CreateBrokerRequest(null, null, "kept", null, null, "SINGLE_INSTANCE",
                null, "RABBITMQ", null, "mq.m5.large", null, null, null, false, null, null, null, Map.of(),
                List.of(new User(false, List.of(), PASSWORD, USER, false)), null, null)).brokerId();
        assertThat(settle(mq, id)).isEqualTo("RUNNING");
        return id;
    }

    private static String settle(MqService mq, String id) throws Exception {
        return mq.whenSettled(CALLER, id).toCompletableFuture().get(60, TimeUnit.SECONDS);
    }

    private static Connection connect(MqService mq, String id) throws Exception {
        URI endpoint = URI.create(mq.overview(CALLER, id).endpoint(BrokerProtocol.AMQP_0_9_1, false).orElseThrow());
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(endpoint.getHost());
        factory.setPort(endpoint.getPort());
        factory.setUsername(USER);
        factory.setPassword(PASSWORD);
        return factory.newConnection();
    }

    private static List<String> drain(Channel channel, String queue) throws IOException {
        List<String> texts = new ArrayList<>();
        for (GetResponse response = channel.basicGet(queue, true); response != null;
             response = channel.basicGet(queue, true)) {
            texts.add(text(response));
        }
        return texts;
    }

    /** What a kill leaves behind: the data directory's files as they are now, without the emulator's lock. */
    private static void killedCopy(Path data, Path copy) throws IOException {
        try (Stream<Path> files = Files.walk(data)) {
            files.forEach(file -> {
                Path target = copy.resolve(data.relativize(file).toString());
                try {
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else if (!file.getFileName().toString().equals("lock")) {
                        Files.copy(file, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static String text(GetResponse response) {
        return new String(response.getBody(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
