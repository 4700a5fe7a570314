package dev.awsemulator.mq.activemq;

import dev.awsemulator.core.Emulator;
import dev.awsemulator.core.mq.BrokerProtocol;
import dev.awsemulator.core.mq.MqService;
import dev.awsemulator.core.mq.api.BrokerRequest;
import dev.awsemulator.core.mq.api.ConfigurationId;
import dev.awsemulator.core.mq.api.CreateConfigurationRequest;
import dev.awsemulator.core.mq.api.CreateUserRequest;
import dev.awsemulator.core.mq.api.UpdateBrokerRequest;
import dev.awsemulator.core.mq.api.UpdateConfigurationRequest;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.apache.activemq.RedeliveryPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import static dev.awsemulator.mq.activemq.Brokers.CALLER;
import static dev.awsemulator.mq.activemq.Brokers.PASSWORD;
import static dev.awsemulator.mq.activemq.Brokers.port;
import static dev.awsemulator.mq.activemq.Brokers.settle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What takes effect at a reboot, and what survives a restart from a data directory. */
class ActiveMqLifecycleTest {

    @TempDir
    Path dataDir;

    @Test
    void aNewUserAndAConfigurationRevisionTakeEffectOnlyAfterTheReboot() throws Exception {
        try (Emulator emulator = Emulator.builder().build()) {
            MqService mq = emulator.service(MqService.class);
            String id = Brokers.create(mq, "reboot", "app");
            mq.createUser(CALLER, new CreateUserRequest(id, false, null, "ops-password-12", "ops", null));
            String configuration = mq.createConfiguration(CALLER,
                    new CreateConfigurationRequest(null, "ACTIVEMQ", null, "dlq", null)).id();
            mq.updateConfiguration(CALLER, new UpdateConfigurationRequest(configuration, base64("""
                    <broker xmlns="http://activemq.apache.org/schema/core">
                      <destinationPolicy><policyMap><policyEntries>
                        <policyEntry queue="&gt;">
                          <deadLetterStrategy>
                            <individualDeadLetterStrategy queuePrefix="DLQ." useQueueForQueueMessages="true"/>
                          </deadLetterStrategy>
                        </policyEntry>
                      </policyEntries></policyMap></destinationPolicy>
                    </broker>"""), "individual dead-letter queues"));
            mq.updateBroker(CALLER, new UpdateBrokerRequest(null, null, id, new ConfigurationId(configuration, 2),
                    null, null, null, null, null, null, null));

            // The broker refuses the user; the client reports it as a security exception, or, when the broker's
            // close of the transport reaches it first, as the transport's disposal: either way no connection.
            assertThatThrownBy(() -> connect(mq, id, "ops", "ops-password-12").start())
                    .isInstanceOf(JMSException.class);
            assertThat(deadLetterQueueOf(mq, id)).isEqualTo("ActiveMQ.DLQ");

            mq.rebootBroker(CALLER, new BrokerRequest(id));
            assertThat(settle(mq, id)).isEqualTo("RUNNING");

            try (Connection ops = connect(mq, id, "ops", "ops-password-12")) {
                ops.start();
            }
            assertThat(deadLetterQueueOf(mq, id)).isEqualTo("DLQ.poison");
        }
    }

    @Test
    void persistentMessagesAndBrokersSurviveARestartFromTheDataDirectory() throws Exception {
        String id;
        int port;
        try (Emulator first = Emulator.builder().dataDirectory(dataDir).build()) {
            MqService mq = first.service(MqService.class);
            id = Brokers.create(mq, "durable", "app");
            port = port(mq, id, BrokerProtocol.OPENWIRE, false);
            try (Connection connection = connect(mq, id, "app", PASSWORD)) {
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageProducer producer = session.createProducer(session.createQueue("kept"));
                producer.setDeliveryMode(DeliveryMode.PERSISTENT);
                producer.send(session.createTextMessage("still here"));
            }
        }
        assertThat(Files.isDirectory(dataDir.resolve("mq").resolve("brokers").resolve(id).resolve("kahadb"))).isTrue();

        try (Emulator second = Emulator.builder().dataDirectory(dataDir).build()) {
            MqService mq = second.service(MqService.class);
            assertThat(settle(mq, id)).isEqualTo("RUNNING");
            assertThat(port(mq, id, BrokerProtocol.OPENWIRE, false)).isEqualTo(port);
            try (Connection connection = connect(mq, id, "app", PASSWORD)) {
                connection.start();
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                TextMessage kept = (TextMessage) session.createConsumer(session.createQueue("kept")).receive(30_000);
                assertThat(kept.getText()).isEqualTo("still here");
            }
            second.reset();
            assertThat(Files.exists(dataDir.resolve("mq").resolve("brokers").resolve(id))).isFalse();
        }
    }

    /** Where a message goes once its consumer rolled it back past the redelivery limit. */
    private static String deadLetterQueueOf(MqService mq, String id) throws JMSException {
        ActiveMQConnectionFactory factory = factory(mq, id);
        RedeliveryPolicy once = new RedeliveryPolicy();
        once.setMaximumRedeliveries(0);
        factory.setRedeliveryPolicy(once);
        try (Connection connection = factory.createConnection("app", PASSWORD)) {
            connection.start();
            Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
            session.createProducer(session.createQueue("poison")).send(session.createTextMessage("bad"));
            session.commit();
            session.createConsumer(session.createQueue("poison")).receive(30_000);
            session.rollback();
            for (String candidate : new String[] {"DLQ.poison", "ActiveMQ.DLQ"}) {
                if (session.createConsumer(session.createQueue(candidate)).receive(2_000) != null) {
                    session.commit();
                    return candidate;
                }
            }
            return null;
        }
    }

    private static Connection connect(MqService mq, String id, String user, String password) throws JMSException {
        return factory(mq, id).createConnection(user, password);
    }

    private static ActiveMQConnectionFactory factory(MqService mq, String id) {
        return new ActiveMQConnectionFactory("tcp://127.0.0.1:" + port(mq, id, BrokerProtocol.OPENWIRE, false));
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
