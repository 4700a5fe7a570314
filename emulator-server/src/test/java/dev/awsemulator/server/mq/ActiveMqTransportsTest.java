package dev.awsemulator.server.mq;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.ActiveMQSslConnectionFactory;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.mq.MqClient;
import software.amazon.awssdk.services.mq.model.BrokerState;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One ActiveMQ broker made through the SDK, reached over each transport Amazon MQ offers at the endpoints
 * DescribeBroker returned, as a user created through the API, which the broker lets in only after a
 * reboot. TLS trusts the certificate fetched from the emulator, or its published trust store file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActiveMqTransportsTest {

    @RegisterExtension
    static final MqServer server = new MqServer();

    private static final String PASSWORD = "app-password-12";
    private List<String> endpoints;
    private SSLContext tls;

    @BeforeAll
    void startBroker() throws Exception {
        MqClient mq = server.mq();
        String id = mq.createBroker(MqApiTest.activeMq("transports")).brokerId();
        server.settled(id);
        tls = BrokerTrust.fetch(server.server().endpoint());
        mq.createUser(b -> b.brokerId(id).username("client").password(PASSWORD));
        endpoints = mq.describeBroker(b -> b.brokerId(id)).brokerInstances().get(0).endpoints();
        assertThatThrownBy(() -> openWire().createConnection("client", PASSWORD).start())
                .isInstanceOf(JMSSecurityException.class);

        mq.rebootBroker(b -> b.brokerId(id));
        assertThat(server.settled(id)).isEqualTo(BrokerState.RUNNING);
        assertThat(mq.describeBroker(b -> b.brokerId(id)).brokerInstances().get(0).endpoints()).isEqualTo(endpoints);
    }

    @Test
    void openWireOverTlsTrustsThePublishedTrustStoreAndRefusesAWrongPassword() throws Exception {
        ActiveMQSslConnectionFactory factory = openWire();
        try (Connection connection = factory.createConnection("client", PASSWORD)) {
            assertThat(roundTrip(connection, "openwire")).isEqualTo("hello over openwire");
        }
        assertThatThrownBy(() -> factory.createConnection("client", "wrong-password-1").start())
                .isInstanceOf(JMSSecurityException.class);
    }

    @Test
    void amqpOneOverTlsWithQpidJms() throws Exception {
        JmsConnectionFactory factory = new JmsConnectionFactory(endpoint("amqp+ssl").replace("amqp+ssl", "amqps")
                + "?transport.trustStoreLocation=" + trustStore() + "&transport.trustStorePassword=changeit");
        try (Connection connection = factory.createConnection("client", PASSWORD)) {
            assertThat(roundTrip(connection, "amqp")).isEqualTo("hello over amqp");
        }
    }

    @Test
    void mqttOverTlsWithPaho() throws Exception {
        assertThat(mqttRoundTrip(endpoint("mqtt+ssl").replace("mqtt+ssl", "ssl"), "mqtt"))
                .isEqualTo("hello over mqtt");
    }

    @Test
    void mqttOverSecureWebSocketWithPaho() throws Exception {
        assertThat(mqttRoundTrip(endpoint("wss"), "wss"))
                .isEqualTo("hello over wss");
    }

    @Test
    void stompOverTls() throws Exception {
        URI stomp = URI.create(endpoint("stomp+ssl"));
        try (SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket(stomp.getHost(), stomp.getPort())) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            frame(out, "CONNECT\naccept-version:1.2\nhost:/\nlogin:client\npasscode:" + PASSWORD + "\n\n");
            assertThat(readFrame(in)).startsWith("CONNECTED");
            frame(out, "SUBSCRIBE\nid:0\ndestination:/queue/stomp\nack:auto\n\n");
            frame(out, "SEND\ndestination:/queue/stomp\ncontent-type:text/plain\n\nhello over stomp");
            assertThat(readFrame(in)).startsWith("MESSAGE").endsWith("hello over stomp");
        }
    }

    @Test
    void stompOverSecureWebSocketGetsOneFramePerMessage() throws Exception {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        HttpClient client = HttpClient.newBuilder().sslContext(tls).build();
        WebSocket socket = client.newWebSocketBuilder().subprotocols("v12.stomp")
                .buildAsync(URI.create(endpoint("wss")),
                        new WebSocket.Listener() {
                            private final StringBuilder text = new StringBuilder();

                            @Override
                            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                                text.append(data);
                                if (last) {
                                    received.add(text.toString());
                                    text.setLength(0);
                                }
                                webSocket.request(1);
                                return null;
                            }
                        }).get(30, TimeUnit.SECONDS);
        socket.sendText("CONNECT\naccept-version:1.2\nhost:/\nlogin:client\npasscode:" + PASSWORD + "\n\n\0", true)
                .get(30, TimeUnit.SECONDS);
        assertThat(nextFrame(received)).startsWith("CONNECTED");
        socket.sendText("SUBSCRIBE\nid:0\ndestination:/queue/ws\nack:auto\n\n\0", true).get(30, TimeUnit.SECONDS);
        socket.sendText("SEND\ndestination:/queue/ws\n\nhello over websocket\0", true).get(30, TimeUnit.SECONDS);
        assertThat(nextFrame(received)).startsWith("MESSAGE").endsWith("hello over websocket\0");
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(30, TimeUnit.SECONDS);
    }

    @Test
    void theDestinationsOfTheBrokerShowTheirDepthAndConsumers() throws Exception {
        try (Connection connection = openWire().createConnection("client", PASSWORD)) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            session.createProducer(session.createQueue("depth")).send(session.createTextMessage("waiting"));
        }
        assertThat(server.service().overview().get(0).destinations())
                .anySatisfy(destination -> {
                    assertThat(destination.name()).isEqualTo("depth");
                    assertThat(destination.kind()).isEqualTo("queue");
                    assertThat(destination.depth()).isEqualTo(1);
                });
    }

    private String endpoint(String scheme) {
        return endpoints.stream().filter(endpoint -> endpoint.startsWith(scheme + "://")).findFirst().orElseThrow();
    }

    private String trustStore() {
        return server.service().trustStore().path().toString();
    }

    /** OpenWire over TLS at DescribeBroker's {@code ssl://} endpoint, trusting the published trust store file. */
    private ActiveMQSslConnectionFactory openWire() throws Exception {
        ActiveMQSslConnectionFactory factory = new ActiveMQSslConnectionFactory(endpoint("ssl"));
        factory.setTrustStore(trustStore());
        factory.setTrustStorePassword("changeit");
        return factory;
    }

    /** The next frame, past the end-of-lines STOMP sends between frames as heart-beats. */
    private static String nextFrame(BlockingQueue<String> received) throws InterruptedException {
        String message;
        do {
            message = received.poll(30, TimeUnit.SECONDS);
        } while (message != null && message.isBlank());
        return message;
    }

    private String mqttRoundTrip(String uri, String topic) throws Exception {
        MqttClient client = new MqttClient(uri, "client-" + topic, new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setUserName("client");
        options.setPassword(PASSWORD.toCharArray());
        options.setSocketFactory(tls.getSocketFactory());
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        client.connect(options);
        try {
            client.subscribe(topic, 1, (name, message) -> received.add(new String(message.getPayload(),
                    StandardCharsets.UTF_8)));
            client.publish(topic, new MqttMessage(("hello over " + topic).getBytes(StandardCharsets.UTF_8)));
            return received.poll(30, TimeUnit.SECONDS);
        } finally {
            client.disconnect();
            client.close();
        }
    }

    private static String roundTrip(Connection connection, String name) throws JMSException {
        connection.start();
        Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        Queue queue = session.createQueue(name);
        MessageConsumer consumer = session.createConsumer(queue);
        session.createProducer(queue).send(session.createTextMessage("hello over " + name));
        return ((TextMessage) consumer.receive(30_000)).getText();
    }

    private static void frame(OutputStream out, String frame) throws Exception {
        out.write((frame + "\0").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static String readFrame(InputStream in) throws Exception {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) > 0 || frame.size() == 0 && b == '\n') {
            if (b != '\n' || frame.size() > 0) {
                frame.write(b);
            }
        }
        return frame.toString(StandardCharsets.UTF_8);
    }
}
