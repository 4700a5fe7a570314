package dev.awsemulator.compatibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsemulator.server.testsupport.DevServerProcess;
import dev.awsemulator.server.testsupport.ExternalTools;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The responses boto3 could not read, or read differently from AWS's, checked through boto3 itself: with
 * the Python on PATH and with Debian's, when they differ (a newer boto3 next to python3-boto3). Each run
 * gets a fresh dev server.
 */
class Boto3WireIT {

    private static final Path SCRIPTS = Path.of("src", "test", "python");
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<Path> interpreters() {
        Set<Path> found = new LinkedHashSet<>();
        ExternalTools.find("python3").ifPresent(python -> found.add(realPath(python)));
        Path debian = Path.of("/usr/bin/python3");
        if (Files.isExecutable(debian)) {
            found.add(realPath(debian));
        }
        return found.isEmpty() ? List.of(Path.of("python3")) : List.copyOf(found);
    }

    @ParameterizedTest
    @MethodSource("interpreters")
    void boto3ReadsWhatAwsSends(Path python) throws Exception {
        if (!ExternalCommand.succeeds(List.of(python.toString(), "-c", "import boto3"))) {
            ExternalTools.missing("boto3 is not importable by " + python + " (apt-get install python3-boto3)");
        }
        JsonNode observed;
        try (DevServerProcess server = DevServerProcess.start()) {
            String output = ExternalCommand.run(SCRIPTS, List.of(python.toString(), "boto3_wire_checks.py",
                    server.endpoint().toString())).strip();
            observed = JSON.readTree(output.substring(output.lastIndexOf('\n') + 1));
        }
        System.out.println(python + " ran boto3 " + observed.path("client"));

        JsonNode sns = observed.get("sns");
        assertThat(sns.get("empty").toString())
                .isEqualTo("{\"subscriptions\":[],\"topicSubscriptions\":[],\"tags\":[]}");
        assertThat(sns.get("tags").toString()).isEqualTo("[]");
        assertThat(sns.get("fifoBatchWithoutGroup").toString()).isEqualTo("{\"code\":\"InvalidParameter\","
                + "\"message\":\"Invalid parameter: The MessageGroupId parameter is required for FIFO topics\","
                + "\"status\":400}");
        assertThat(sns.get("fifoToStandardQueue").asBoolean()).isTrue();
        assertThat(sns.get("subscriptionAttributes").get("ConfirmationWasAuthenticated").asText()).isEqualTo("true");
        assertThat(sns.get("subscriptionAttributes").get("SubscriptionPrincipal").asText())
                .isEqualTo("arn:aws:iam::000000000000:root");
        assertThat(sns.get("topicsAfterDelete").toString())
                .isEqualTo("[\"arn:aws:sns:us-east-1:000000000000:wire-checks.fifo\"]");

        JsonNode sqs = observed.get("sqs");
        assertThat(sqs.get("fifoBatchWithoutGroup").toString()).isEqualTo("{\"code\":\"InvalidParameterValue\","
                + "\"message\":\"The request must contain the parameter MessageGroupId.\",\"status\":400}");
        assertThat(sqs.get("prefixedAttributes").toString()).isEqualTo("[\"Hello\",\"Help.Me\"]");

        JsonNode kinesis = observed.get("kinesis");
        assertThat(kinesis.get("mode").asText()).isEqualTo("ON_DEMAND");
        assertThat(kinesis.get("openShards").asInt()).isEqualTo(4);
        assertThat(kinesis.get("enhancedMonitoring").toString()).isEqualTo("[{\"ShardLevelMetrics\":[]}]");
        assertThat(kinesis.get("updateShardCount").get("code").asText()).isEqualTo("ValidationException");
        assertThat(kinesis.get("updateShardCount").get("status").asInt()).isEqualTo(400);
    }

    private static Path realPath(Path executable) {
        try {
            return executable.toRealPath();
        } catch (IOException e) {
            return executable;
        }
    }
}
