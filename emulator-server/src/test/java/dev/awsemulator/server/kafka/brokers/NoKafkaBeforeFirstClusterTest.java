package dev.awsemulator.server.kafka.brokers;

import dev.awsemulator.server.EmulatorServer;
import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kafka.KafkaClient;
import software.amazon.awssdk.services.kafka.model.BrokerNodeGroupInfo;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Users who never create a cluster pay nothing for MSK: in a JVM of its own that logs every class it loads, a
 * server that starts, serves SQS and even lists MSK clusters loads no Kafka class; the first CreateCluster does.
 */
class NoKafkaBeforeFirstClusterTest {

    @Test
    void noKafkaClassLoadsUntilTheFirstClusterIsCreated() throws Exception {
        Path log = Files.createTempFile("class-loading", ".log");
        try {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
                    NoKafkaBeforeFirstClusterTest.class.getName())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the forked JVM finished").isTrue();
            assertThat(process.exitValue()).isZero();

            List<String> lines = Files.readAllLines(log);
            int marker = lines.indexOf(lines.stream().filter(line -> line.contains(FirstCluster.class.getName()))
                    .findFirst().orElseThrow());
            assertThat(lines.subList(0, marker)).as("classes loaded before the first cluster")
                    .noneMatch(line -> line.contains("org.apache.kafka.") || line.contains(" kafka."));
            assertThat(lines.subList(marker, lines.size())).as("classes loaded for the first cluster")
                    .anyMatch(line -> line.contains("org.apache.kafka.") || line.contains(" kafka.server."));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /**
     * The forked JVM: starts a server, sends and lists as SQS and MSK users do, then loads {@link FirstCluster}
     * (its name marks the place in the class log) and creates a cluster.
     */
    public static void main(String[] args) throws IOException {
        try (EmulatorServer server = EmulatorServer.builder().port(0).start();
             SqsClient sqs = SqsClient.builder().endpointOverride(server.endpoint())
                     .region(Region.of(EmulatorServerExtension.REGION))
                     .credentialsProvider(EmulatorServerExtension.credentials())
                     .httpClientBuilder(Apache5HttpClient.builder()).build();
             KafkaClient kafka = KafkaClient.builder().endpointOverride(server.endpoint())
                     .region(Region.of(EmulatorServerExtension.REGION))
                     .credentialsProvider(EmulatorServerExtension.credentials())
                     .httpClientBuilder(Apache5HttpClient.builder()).build()) {
            String queue = sqs.createQueue(b -> b.queueName("orders")).queueUrl();
            sqs.sendMessage(b -> b.queueUrl(queue).messageBody("order"));
            sqs.receiveMessage(b -> b.queueUrl(queue));
            kafka.listClustersV2(b -> { });
            FirstCluster.create(kafka);
            server.emulator().close();
        }
    }

    /** Loaded only when the first cluster is created. */
    static final class FirstCluster {

        private FirstCluster() {
        }

        static void create(KafkaClient kafka) {
            String arn = kafka.createCluster(b -> b.clusterName("first").kafkaVersion("3.9.x").numberOfBrokerNodes(1)
                    .brokerNodeGroupInfo(BrokerNodeGroupInfo.builder().instanceType("kafka.t3.small")
                            .clientSubnets("subnet-1").build())).clusterArn();
            SharedBrokers.awaitActive(kafka, arn);
        }
    }
}
