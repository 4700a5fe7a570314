package dev.awsemulator.server.kafka.brokers;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kafka.KafkaClient;
import software.amazon.awssdk.services.kafka.model.BrokerNodeGroupInfo;
import software.amazon.awssdk.services.kafka.model.ConfigurationInfo;
import software.amazon.awssdk.services.kafka.model.EncryptionInTransit;
import software.amazon.awssdk.services.kafka.model.EncryptionInfo;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A configuration's server properties reach the brokers: at creation, and again after UpdateClusterConfiguration
 * restarts them; RebootBroker restarts one and it serves its data again.
 */
@ExtendWith(SharedBrokers.Resolver.class)
class ConfiguredClusterTest {

    @Test
    void serverPropertiesApplyAtCreationAndAfterAnUpdateAndARebootKeepsTheData(SharedBrokers brokers) throws Exception {
        KafkaClient kafka = brokers.kafka();
        var configuration = kafka.createConfiguration(b -> b.name("auto-topics").serverProperties(
                SdkBytes.fromUtf8String("auto.create.topics.enable=true\nnum.partitions=2\n")));
        String arn = brokers.cluster("configured", request -> request.kafkaVersion("3.9.x").numberOfBrokerNodes(1)
                .brokerNodeGroupInfo(BrokerNodeGroupInfo.builder().instanceType("kafka.t3.small")
                        .clientSubnets("subnet-1").build())
                .configurationInfo(ConfigurationInfo.builder().arn(configuration.arn()).revision(1L).build())
                .encryptionInfo(EncryptionInfo.builder().encryptionInTransit(EncryptionInTransit.builder()
                        .clientBroker("PLAINTEXT").build()).build()));
        String bootstrap = kafka.getBootstrapBrokers(b -> b.clusterArn(arn)).bootstrapBrokerString();

        produce(bootstrap, "created-on-write");
        assertThat(partitions(bootstrap, "created-on-write")).isEqualTo(2);

        long revision = kafka.updateConfiguration(b -> b.arn(configuration.arn()).serverProperties(
                SdkBytes.fromUtf8String("auto.create.topics.enable=true\nnum.partitions=4\n")))
                .latestRevision().revision();
        String updated = kafka.updateClusterConfiguration(b -> b.clusterArn(arn)
                .currentVersion(kafka.describeCluster(d -> d.clusterArn(arn)).clusterInfo().currentVersion())
                .configurationInfo(ConfigurationInfo.builder().arn(configuration.arn()).revision(revision).build()))
                .clusterOperationArn();
        awaitOperation(kafka, updated);
        produce(bootstrap, "created-after-update");
        assertThat(partitions(bootstrap, "created-after-update")).isEqualTo(4);
        assertThat(kafka.describeCluster(b -> b.clusterArn(arn)).clusterInfo().currentBrokerSoftwareInfo()
                .configurationRevision()).isEqualTo(revision);

        String reboot = kafka.rebootBroker(b -> b.clusterArn(arn).brokerIds("1")).clusterOperationArn();
        awaitOperation(kafka, reboot);
        assertThat(kafka.getBootstrapBrokers(b -> b.clusterArn(arn)).bootstrapBrokerString()).isEqualTo(bootstrap);
        assertThat(partitions(bootstrap, "created-on-write")).isEqualTo(2);
    }

    private static void awaitOperation(KafkaClient kafka, String operation) {
        Instant deadline = Instant.now().plus(SharedBrokers.ACTIVE_WITHIN);
        String state;
        while (!(state = kafka.describeClusterOperation(b -> b.clusterOperationArn(operation)).clusterOperationInfo()
                .operationState()).equals("UPDATE_COMPLETE")) {
            assertThat(state).isNotEqualTo("UPDATE_FAILED");
            assertThat(Instant.now()).isBefore(deadline);
            SharedBrokers.pause();
        }
    }

    private static void produce(String bootstrap, String topic) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap,
                "key.serializer", StringSerializer.class.getName(),
                "value.serializer", StringSerializer.class.getName()))) {
            producer.send(new ProducerRecord<>(topic, "first")).get();
        }
    }

    private static int partitions(String bootstrap, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
        }
    }
}
