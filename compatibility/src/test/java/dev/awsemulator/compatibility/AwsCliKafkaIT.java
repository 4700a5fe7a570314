package dev.awsemulator.compatibility;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsemulator.server.testsupport.DevServerProcess;
import dev.awsemulator.server.testsupport.ExternalTools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Amazon MSK through {@code aws kafka}, as an infrastructure script drives it: a configuration, a cluster polled
 * until ACTIVE, its reachable bootstrap string and nodes, tags, AWS's errors, deletion. Any CLI whose botocore
 * knows the {@code kafka} model (v1 or v2) will do; the log names the version that ran.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AwsCliKafkaIT {

    private DevServerProcess server;
    private AwsCli cli;

    @BeforeAll
    void startServer() throws Exception {
        Path aws = ExternalTools.require("aws", "apt-get install awscli");
        System.out.println("AWS CLI: " + ExternalCommand.run(Path.of("."), List.of(aws.toString(), "--version")).strip());
        server = DevServerProcess.start();
        cli = new AwsCli(aws, server.endpoint().toString());
    }

    @AfterAll
    void stopServer() throws InterruptedException {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void aClusterMadeFromTheCliBecomesActiveWithAReachableBrokerAndGoesAwayWhenDeleted(@TempDir Path files)
            throws Exception {
        Path properties = Files.writeString(files.resolve("server.properties"),
                "auto.create.topics.enable=true\nlog.retention.hours=24\n");
        JsonNode configuration = aws("kafka", "create-configuration", "--name", "cli-settings",
                "--server-properties", "fileb://" + properties);
        assertThat(configuration.path("LatestRevision").path("Revision").asLong()).isEqualTo(1);

        String arn = aws("kafka", "create-cluster", "--cluster-name", "cli-cluster", "--kafka-version", "3.9.x",
                "--number-of-broker-nodes", "1",
                "--broker-node-group-info", "{\"InstanceType\":\"kafka.t3.small\",\"ClientSubnets\":[\"subnet-1\"]}",
                "--encryption-info", "{\"EncryptionInTransit\":{\"ClientBroker\":\"PLAINTEXT\"}}",
                "--configuration-info", "Arn=" + configuration.path("Arn").asText() + ",Revision=1",
                "--tags", "team=payments").path("ClusterArn").asText();
        JsonNode cluster = awaitState(arn, "ACTIVE");
        assertThat(cluster.path("Provisioned").path("CurrentBrokerSoftwareInfo").path("KafkaVersion").asText())
                .isEqualTo("3.9.x");

        String bootstrap = aws("kafka", "get-bootstrap-brokers", "--cluster-arn", arn).path("BootstrapBrokerString")
                .asText();
        assertThat(bootstrap).matches("127\\.0\\.0\\.1:\\d+");
        try (Socket broker = new Socket()) {
            broker.connect(new InetSocketAddress("127.0.0.1", Integer.parseInt(bootstrap.split(":")[1])), 5_000);
        }
        assertThat(aws("kafka", "list-nodes", "--cluster-arn", arn).path("NodeInfoList")).singleElement()
                .satisfies(node -> assertThat(node.path("BrokerNodeInfo").path("Endpoints").get(0).asText())
                        .isEqualTo("127.0.0.1"));
        aws("kafka", "tag-resource", "--resource-arn", arn, "--tags", "stage=test");
        assertThat(aws("kafka", "list-tags-for-resource", "--resource-arn", arn).path("Tags").toString())
                .isEqualTo("{\"team\":\"payments\",\"stage\":\"test\"}");

        aws("kafka", "delete-cluster", "--cluster-arn", arn);
        awaitGone(arn);
    }

    @Test
    void awsErrorsReachTheCliWithTheirCodesAndChangeNothing(@TempDir Path files) throws IOException {
        assertThatThrownBy(() -> aws("kafka", "describe-cluster-v2", "--cluster-arn",
                "arn:aws:kafka:us-east-1:000000000000:cluster/missing/00000000-0000-0000-0000-000000000000-1"))
                .hasMessageContaining("An error occurred (NotFoundException) when calling the DescribeClusterV2 "
                        + "operation");
        Path unsupported = Files.writeString(files.resolve("unsupported.properties"), "broker.id=7\n");
        assertThatThrownBy(() -> aws("kafka", "create-configuration", "--name", "bad-settings",
                "--server-properties", "fileb://" + unsupported))
                .hasMessageContaining("An error occurred (BadRequestException) when calling the CreateConfiguration "
                        + "operation");
        assertThat(aws("kafka", "list-configurations").path("Configurations").findValuesAsText("Name"))
                .doesNotContain("bad-settings");
    }

    private JsonNode awaitState(String arn, String state) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(180);
        JsonNode cluster = describe(arn);
        while (!cluster.path("State").asText().equals(state)) {
            assertThat(cluster.path("State").asText()).isNotEqualTo("FAILED");
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(500);
            cluster = describe(arn);
        }
        return cluster;
    }

    private void awaitGone(String arn) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(180);
        while (true) {
            try {
                assertThat(describe(arn).path("State").asText()).isEqualTo("DELETING");
            } catch (AssertionError failed) {
                assertThat(failed).hasMessageContaining("(NotFoundException)");
                return;
            }
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(500);
        }
    }

    private JsonNode describe(String arn) {
        return aws("kafka", "describe-cluster-v2", "--cluster-arn", arn).path("ClusterInfo");
    }

    private JsonNode aws(String... args) {
        return cli.run(args);
    }
}
