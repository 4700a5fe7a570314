package dev.awsemulator.server.mq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import com.rabbitmq.client.GetResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.mq.MqClient;
import software.amazon.awssdk.services.mq.model.BrokerState;
import software.amazon.awssdk.services.mq.model.EngineType;
import software.amazon.awssdk.services.mq.model.User;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The RabbitMQ Java client's common paths against a RabbitMQ-engine broker made through the SDK, over the
 * {@code amqps://} endpoint DescribeBroker returned, trusting the certificate fetched from the emulator,
 * with host name verification on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RabbitMqClientPathsTest {

    @RegisterExtension
    static final MqServer server = new MqServer();

    private static final String PASSWORD = "rabbit-password-1";
    private SSLContext tls;
    private Connection connection;

    @BeforeAll
    void start() throws Exception {
        MqClient mq = server.mq();
        String id = mq.createBroker(MqApiTest.activeMq("rabbit").toBuilder().engineType(EngineType.RABBITMQ)
                .users(User.builder().username("admin").password(PASSWORD).build()).build()).brokerId();
        assertThat(server.settled(id)).isEqualTo(BrokerState.RUNNING);
        String endpoint = mq.describeBroker(b -> b.brokerId(id)).brokerInstances().get(0).endpoints().get(0);
        assertThat(endpoint).startsWith("amqps://");
        tls = BrokerTrust.fetch(server.server().endpoint());
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri(endpoint.replace("amqps://", "amqps://admin:" + PASSWORD + "@"));
        factory.useSslProtocol(tls);
        factory.enableHostnameVerification();
        connection = factory.newConnection();
    }

    @AfterAll
    void stop() throws IOException {
        connection.close();
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setPort(connection.getPort());
        factory.setHost(connection.getAddress().getHostAddress());
        factory.setUsername("admin");
        factory.setPassword("not-the-password");
        factory.useSslProtocol(tls);
        assertThatThrownBy(factory::newConnection).isInstanceOf(Exception.class);
    }

    @Test
    void directTopicAndFanoutExchangesRouteToTheirBoundQueues() throws Exception {
        try (Channel channel = connection.createChannel()) {
            channel.exchangeDeclare("orders.direct", "direct", true);
            channel.exchangeDeclare("orders.topic", "topic", true);
            channel.exchangeDeclare("orders.fanout", "fanout", true);
            String direct = channel.queueDeclare("direct-q", true, false, false, null).getQueue();
            String topic = channel.queueDeclare("topic-q", true, false, false, null).getQueue();
            String fanoutA = channel.queueDeclare("fanout-a", false, false, false, null).getQueue();
            String fanoutB = channel.queueDeclare("fanout-b", false, false, false, null).getQueue();
            channel.queueBind(direct, "orders.direct", "eu");
            channel.queueBind(topic, "orders.topic", "orders.*.paid");
            channel.queueBind(fanoutA, "orders.fanout", "");
            channel.queueBind(fanoutB, "orders.fanout", "");

            channel.basicPublish("orders.direct", "eu", null, bytes("to eu"));
            channel.basicPublish("orders.direct", "us", null, bytes("to nobody"));
            channel.basicPublish("orders.topic", "orders.42.paid", null, bytes("paid"));
            channel.basicPublish("orders.topic", "orders.42.shipped", null, bytes("shipped"));
            channel.basicPublish("orders.fanout", "ignored", null, bytes("everyone"));

            assertThat(drain(channel, direct)).containsExactly("to eu");
            assertThat(drain(channel, topic)).containsExactly("paid");
            assertThat(drain(channel, fanoutA)).containsExactly("everyone");
            assertThat(drain(channel, fanoutB)).containsExactly("everyone");
        }
    }

    @Test
    void persistentAndTransientMessagesKeepTheChannelsOrder() throws Exception {
        AMQP.BasicProperties persistent = new AMQP.BasicProperties.Builder().deliveryMode(2).build();
        AMQP.BasicProperties transientMode = new AMQP.BasicProperties.Builder().deliveryMode(1).build();
        try (Channel channel = connection.createChannel()) {
            String queue = channel.queueDeclare("mixed", true, false, false, null).getQueue();
            channel.basicPublish("", queue, persistent, bytes("p1"));
            channel.basicPublish("", queue, transientMode, bytes("t1"));
            channel.basicPublish("", queue, persistent, bytes("p2"));
            channel.basicPublish("", queue, transientMode, bytes("t2"));

            assertThat(drain(channel, queue)).containsExactly("p1", "t1", "p2", "t2");
        }
    }

    @Test
    void manualAckAndNackWithRequeueRedeliverTheMessage() throws Exception {
        try (Channel channel = connection.createChannel()) {
            String queue = channel.queueDeclare("work", true, false, false, null).getQueue();
            channel.basicPublish("", queue, null, bytes("job"));

            GetResponse first = channel.basicGet(queue, false);
            assertThat(first.getEnvelope().isRedeliver()).isFalse();
            channel.basicNack(first.getEnvelope().getDeliveryTag(), false, true);

            GetResponse again = channel.basicGet(queue, false);
            assertThat(new String(again.getBody(), StandardCharsets.UTF_8)).isEqualTo("job");
            assertThat(again.getEnvelope().isRedeliver()).isTrue();
            channel.basicAck(again.getEnvelope().getDeliveryTag(), false);
            assertThat(channel.basicGet(queue, false)).isNull();
        }
    }

    @Test
    void prefetchLimitsWhatAConsumerHoldsUnacknowledged() throws Exception {
        try (Channel slow = connection.createChannel(); Channel fast = connection.createChannel()) {
            String queue = slow.queueDeclare("prefetched", false, false, false, null).getQueue();
            slow.basicQos(2);
            BlockingQueue<String> held = consume(slow, queue, false);
            for (int i = 0; i < 5; i++) {
                slow.basicPublish("", queue, null, bytes("m" + i));
            }
            assertThat(held.poll(30, TimeUnit.SECONDS)).isEqualTo("m0");
            assertThat(held.poll(30, TimeUnit.SECONDS)).isEqualTo("m1");

            BlockingQueue<String> rest = consume(fast, queue, true);
            assertThat(List.of(rest.poll(30, TimeUnit.SECONDS), rest.poll(30, TimeUnit.SECONDS),
                    rest.poll(30, TimeUnit.SECONDS))).containsExactly("m2", "m3", "m4");
            assertThat(held).isEmpty();
        }
    }

    @Test
    void aRejectedMessageGoesToTheDeadLetterExchange() throws Exception {
        try (Channel channel = connection.createChannel()) {
            channel.exchangeDeclare("dlx", "fanout", true);
            String dead = channel.queueDeclare("dead-letters", true, false, false, null).getQueue();
            channel.queueBind(dead, "dlx", "");
            String queue = channel.queueDeclare("with-dlx", true, false, false,
                    Map.of("x-dead-letter-exchange", "dlx")).getQueue();
            channel.basicPublish("", queue, null, bytes("poison"));

            GetResponse poison = channel.basicGet(queue, false);
            channel.basicReject(poison.getEnvelope().getDeliveryTag(), false);

            assertThat(drain(channel, dead)).containsExactly("poison");
            assertThat(channel.basicGet(queue, false)).isNull();
        }
    }

    @Test
    void aMessageNackedWithoutRequeueOnAQueueWithoutDeadLetterExchangeIsDropped() throws Exception {
        try (Channel channel = connection.createChannel()) {
            String queue = channel.queueDeclare("no-dlx", false, false, false, null).getQueue();
            channel.basicPublish("", queue, null, bytes("dropped"));
            GetResponse message = channel.basicGet(queue, false);
            channel.basicNack(message.getEnvelope().getDeliveryTag(), false, false);

            assertThat(channel.basicGet(queue, false)).isNull();
        }
    }

    private static BlockingQueue<String> consume(Channel channel, String queue, boolean autoAck) throws IOException {
        BlockingQueue<String> bodies = new LinkedBlockingQueue<>();
        channel.basicConsume(queue, autoAck, new DefaultConsumer(channel) {
            @Override
            public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
                bodies.add(new String(body, StandardCharsets.UTF_8));
            }
        });
        return bodies;
    }

    private static List<String> drain(Channel channel, String queue) throws IOException {
        List<String> bodies = new java.util.ArrayList<>();
        for (GetResponse response = channel.basicGet(queue, true); response != null;
             response = channel.basicGet(queue, true)) {
            bodies.add(new String(response.getBody(), StandardCharsets.UTF_8));
        }
        return bodies;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
