package dev.awsemulator.compatibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsemulator.server.testsupport.DevServerProcess;
import dev.awsemulator.server.testsupport.ExternalTools;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Amazon MQ through {@code aws mq}, as a shell user or a deployment script types it: the commands every
 * AWS CLI still in use has (Debian's CLI v2.9 predates {@code promote} and {@code delete-configuration},
 * which the SDK tests cover), their answers, and AWS's errors as the CLI prints them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AwsCliMqIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "cli-password-12";
    private static final String XML = "<broker xmlns=\"http://activemq.apache.org/schema/core\">"
            + "<destinationPolicy><policyMap><policyEntries><policyEntry queue=\">\" prioritizedMessages=\"true\"/>"
            + "</policyEntries></policyMap></destinationPolicy></broker>";

    private DevServerProcess server;
    private Path aws;

    @BeforeAll
    void start() throws IOException {
        aws = ExternalTools.require("aws", "apt-get install awscli");
        System.out.println("AWS CLI: " + ExternalCommand.run(Path.of("."), List.of(aws.toString(), "--version")).strip());
        server = DevServerProcess.start();
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void configurationsBrokersUsersAndTagsRoundTrip() {
        JsonNode configuration = mq("create-configuration", "--name", "cli-config", "--engine-type", "ACTIVEMQ",
                "--engine-version", "5.18");
        String configurationId = configuration.path("Id").asText();
        assertThat(configuration.path("LatestRevision").path("Revision").asInt()).isEqualTo(1);
        JsonNode updated = mq("update-configuration", "--configuration-id", configurationId, "--data",
                Base64.getEncoder().encodeToString(XML.getBytes(StandardCharsets.UTF_8)), "--description", "priorities");
        assertThat(updated.path("LatestRevision").path("Revision").asInt()).isEqualTo(2);
        assertThat(mq("describe-configuration", "--configuration-id", configurationId).path("Name").asText())
                .isEqualTo("cli-config");
        assertThat(decode(mq("describe-configuration-revision", "--configuration-id", configurationId,
                "--configuration-revision", "2").path("Data").asText())).contains("prioritizedMessages=\"true\"");
        assertThat(mq("list-configuration-revisions", "--configuration-id", configurationId).path("Revisions"))
                .hasSize(2);
        assertThat(texts(mq("list-configurations").path("Configurations"), "Id")).contains(configurationId);

        JsonNode created = mq("create-broker", "--broker-name", "cli-broker", "--engine-type", "ACTIVEMQ",
                "--engine-version", "5.18", "--deployment-mode", "ACTIVE_STANDBY_MULTI_AZ",
                "--host-instance-type", "mq.m5.large", "--no-publicly-accessible", "--auto-minor-version-upgrade",
                "--configuration", "Id=" + configurationId + ",Revision=2",
                "--users", "Username=app,Password=" + PASSWORD + ",Groups=admins,ConsoleAccess=true");
        String brokerId = created.path("BrokerId").asText();
        assertThat(created.path("BrokerArn").asText()).startsWith("arn:aws:mq:us-east-1:000000000000:broker:cli-broker:");
        JsonNode broker = running(brokerId);
        assertThat(broker.path("BrokerState").asText()).isEqualTo("RUNNING");
        assertThat(broker.path("BrokerInstances")).as("active/standby answers two instances").hasSize(2);
        assertThat(texts(broker.path("BrokerInstances").get(0).path("Endpoints"), null))
                .anySatisfy(endpoint -> assertThat(endpoint).startsWith("ssl://"))
                .anySatisfy(endpoint -> assertThat(endpoint).startsWith("wss://"));
        assertThat(broker.path("Configurations").path("Current").path("Revision").asInt()).isEqualTo(2);
        assertThat(texts(mq("list-brokers").path("BrokerSummaries"), "BrokerId")).contains(brokerId);

        mq("create-user", "--broker-id", brokerId, "--username", "later", "--password", PASSWORD, "--groups", "ops");
        assertThat(mq("describe-user", "--broker-id", brokerId, "--username", "later").path("Pending")
                .path("PendingChange").asText()).isEqualTo("CREATE");
        mq("update-user", "--broker-id", brokerId, "--username", "later", "--console-access");
        assertThat(texts(mq("list-users", "--broker-id", brokerId).path("Users"), "Username"))
                .containsExactlyInAnyOrder("app", "later");
        mq("reboot-broker", "--broker-id", brokerId);
        JsonNode rebooted = running(brokerId);
        assertThat(rebooted.path("BrokerState").asText()).isEqualTo("RUNNING");
        assertThat(mq("describe-user", "--broker-id", brokerId, "--username", "later").path("Pending").isMissingNode())
                .as("the reboot applied the pending user").isTrue();
        mq("delete-user", "--broker-id", brokerId, "--username", "later");
        assertThat(mq("describe-user", "--broker-id", brokerId, "--username", "later").path("Pending")
                .path("PendingChange").asText()).isEqualTo("DELETE");

        String arn = created.path("BrokerArn").asText();
        mq("create-tags", "--resource-arn", arn, "--tags", "team=orders,stage=test");
        mq("delete-tags", "--resource-arn", arn, "--tag-keys", "stage");
        assertThat(mq("list-tags", "--resource-arn", arn).path("Tags"))
                .isEqualTo(JSON.createObjectNode().put("team", "orders"));

        assertThat(mq("update-broker", "--broker-id", brokerId, "--engine-version", "5.19").path("EngineVersion")
                .asText()).isEqualTo("5.19");
        assertThat(mq("describe-broker", "--broker-id", brokerId).path("PendingEngineVersion").asText())
                .isEqualTo("5.19");
        assertThat(mq("delete-broker", "--broker-id", brokerId).path("BrokerId").asText()).isEqualTo(brokerId);
    }

    @Test
    void engineTypesAndInstanceOptionsAreListed() {
        assertThat(texts(mq("describe-broker-engine-types").path("BrokerEngineTypes"), "EngineType"))
                .containsExactlyInAnyOrder("ACTIVEMQ", "RABBITMQ");
        assertThat(mq("describe-broker-instance-options", "--engine-type", "RABBITMQ")
                .path("BrokerInstanceOptions")).isNotEmpty()
                .allSatisfy(option -> assertThat(option.path("EngineType").asText()).isEqualTo("RABBITMQ"));
    }

    @Test
    void awsErrorsReachTheCliWithTheirCodeAndMessage() {
        assertThat(failure("describe-broker", "--broker-id", "b-unknown")).contains(
                "(NotFoundException) when calling the DescribeBroker operation: "
                        + "Can't find requested broker [b-unknown]. Make sure your broker exists.");
        assertThat(failure("create-broker", "--broker-name", "bad name", "--engine-type", "ACTIVEMQ",
                "--engine-version", "5.18", "--deployment-mode", "SINGLE_INSTANCE", "--host-instance-type",
                "mq.m5.large", "--no-publicly-accessible", "--auto-minor-version-upgrade",
                "--users", "Username=app,Password=" + PASSWORD))
                .contains("(BadRequestException) when calling the CreateBroker operation: Broker name [bad name] is invalid");
        assertThat(texts(mq("list-brokers").path("BrokerSummaries"), "BrokerName"))
                .as("the refused broker left nothing behind").doesNotContain("bad name");
    }

    /** DescribeBroker once the broker left {@code *_IN_PROGRESS}: the server is another process, so this polls. */
    private JsonNode running(String brokerId) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        JsonNode broker = mq("describe-broker", "--broker-id", brokerId);
        while (broker.path("BrokerState").asText().endsWith("_IN_PROGRESS") && System.nanoTime() < deadline) {
            broker = mq("describe-broker", "--broker-id", brokerId);
        }
        return broker;
    }

    private JsonNode mq(String... args) {
        String output = ExternalCommand.run(Path.of("."), command(args));
        try {
            return output.isBlank() ? JSON.missingNode() : JSON.readTree(output);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON from aws mq " + String.join(" ", args) + ": " + output, e);
        }
    }

    private String failure(String... args) {
        return ExternalCommand.failure(Path.of("."), command(args));
    }

    private List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(aws.toString(), "--endpoint-url", server.endpoint().toString(),
                "--output", "json", "mq"));
        command.addAll(List.of(args));
        return command;
    }

    /** The texts of an array's elements, or of one field of each element. */
    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(field == null ? element.asText() : element.path(field).asText()));
        return texts;
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }
}
