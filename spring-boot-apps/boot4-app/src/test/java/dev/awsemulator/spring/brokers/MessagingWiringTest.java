package dev.awsemulator.spring.brokers;

import dev.awsemulator.core.mq.BrokerProtocol;
import dev.awsemulator.junit.AwsEmulator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import software.amazon.awssdk.services.mq.MqClient;
import software.amazon.awssdk.services.mq.model.BrokerSummary;

import static org.assertj.core.api.Assertions.assertThat;

/** Spring Boot's Kafka, JMS and RabbitMQ connection settings and the SDK's clients, all the emulator's, unwired. */
class MessagingWiringTest extends MessagingTest {

    @Autowired
    Environment environment;
    @Autowired
    AwsEmulator aws;
    @Autowired
    MqClient mq;

    @Test
    void listenersReceiveWhatTheTemplatesSend() throws Exception {
        roundTripThroughEveryBroker();
    }

    @Test
    void theConnectionPropertiesAreThePlaintextEndpointsOfTheFirstDeclaredClusterAndBrokers() {
        assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo(aws.bootstrapServers("events"));
        assertThat(environment.getProperty("spring.activemq.broker-url"))
                .isEqualTo(aws.mqBroker("orders").plaintextEndpoint(BrokerProtocol.OPENWIRE));
        assertThat(environment.getProperty("spring.activemq.user")).isEqualTo("emulator");
        assertThat(environment.getProperty("spring.rabbitmq.username")).isEqualTo("emulator");
        assertThat("amqp://" + environment.getProperty("spring.rabbitmq.host") + ":"
                + environment.getProperty("spring.rabbitmq.port"))
                .isEqualTo(aws.mqBroker("payments").plaintextEndpoint(BrokerProtocol.AMQP_0_9_1));
    }

    @Test
    void theKafkaAndMqClientBeansReachTheEmulator() {
        assertThat(msk.listClustersV2(b -> b.clusterNameFilter("events")).clusterInfoList())
                .singleElement().satisfies(cluster -> assertThat(cluster.stateAsString()).isEqualTo("ACTIVE"));
        assertThat(mq.listBrokers(b -> { }).brokerSummaries()).extracting(BrokerSummary::brokerName)
                .containsExactlyInAnyOrder("orders", "payments");
    }
}
