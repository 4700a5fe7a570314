package dev.awsemulator.server;

import dev.awsemulator.core.Emulator;
import dev.awsemulator.server.cli.DevServerOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The server's data directory option, in process: what {@code --data-dir} and the builder wire up. */
class ServerDataDirTest {

    @TempDir
    Path dataDir;

    private static SqsClient sqs(URI endpoint) {
        return SqsClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClientBuilder(Apache5HttpClient.builder()).build();
    }

    @Test
    void dataDirOptionKeepsQueuesAndMessagesAcrossServers() {
        DevServerOptions options = EmulatorServer.commandLine().parse(new String[] {"--port", "0", "--data-dir", dataDir.toString()},
                Map.of());
        try (EmulatorServer server = EmulatorServer.builder().port(options.port()).dataDir(options.dataDir()).start();
             SqsClient sqs = sqs(server.endpoint())) {
            String url = sqs.createQueue(r -> r.queueName("kept")).queueUrl();
            sqs.sendMessage(r -> r.queueUrl(url).messageBody("still here"));
        }

        try (EmulatorServer server = EmulatorServer.builder().port(0).dataDir(dataDir).start();
             SqsClient sqs = sqs(server.endpoint())) {
            String url = sqs.getQueueUrl(r -> r.queueName("kept")).queueUrl();
            assertThat(sqs.receiveMessage(r -> r.queueUrl(url)).messages()).singleElement()
                    .satisfies(message -> assertThat(message.body()).isEqualTo("still here"));
        }
    }

    @Test
    void withoutADataDirAServerStartsEmpty() {
        try (EmulatorServer server = EmulatorServer.builder().port(0).dataDir(dataDir).start();
             SqsClient sqs = sqs(server.endpoint())) {
            sqs.createQueue(r -> r.queueName("kept"));
        }

        try (EmulatorServer server = EmulatorServer.builder().port(0).start(); SqsClient sqs = sqs(server.endpoint())) {
            assertThatThrownBy(() -> sqs.getQueueUrl(r -> r.queueName("kept")))
                    .isInstanceOf(QueueDoesNotExistException.class);
        }
    }

    @Test
    void aDataDirBelongsToTheEmulatorWhenOneIsGiven() {
        try (Emulator emulator = Emulator.builder().build()) {
            assertThatThrownBy(() -> EmulatorServer.builder().port(0).emulator(emulator).dataDir(dataDir).start())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Emulator.builder().dataDirectory(..)");
        }
    }
}
