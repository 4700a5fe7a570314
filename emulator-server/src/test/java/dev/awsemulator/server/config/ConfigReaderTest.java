package dev.awsemulator.server.config;

import dev.awsemulator.server.EmulatorServer;
import dev.awsemulator.server.kinesis.KinesisConfig;
import dev.awsemulator.server.sns.SnsConfig;
import dev.awsemulator.server.sqs.SqsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading a config file, and the messages that say which entry is wrong. */
class ConfigReaderTest {

    @Test
    void yamlDeclaresEveryKindOfResource() throws IOException {
        EmulatorConfig config = yaml("""
                queues:
                  - name: orders-dlq
                  - name: orders
                    attributes: {VisibilityTimeout: 45}
                    tags: {team: checkout}
                    deadLetterQueue: {name: orders-dlq, maxReceiveCount: 3}
                topics:
                  - name: events.fifo
                subscriptions:
                  - topic: events.fifo
                    queue: orders
                    rawMessageDelivery: true
                    filterPolicy: {color: [red]}
                streams:
                  - name: clicks
                    shardCount: 4
                    consumers: [analytics]
                """);

        assertThat(config.entries(SqsConfig.QUEUES)).extracting(SqsConfig.Queue::name)
                .containsExactly("orders-dlq", "orders");
        assertThat(config.entries(SqsConfig.QUEUES).get(1).attributes()).containsEntry("VisibilityTimeout", "45");
        assertThat(config.entries(SqsConfig.QUEUES).get(1).deadLetterQueue())
                .isEqualTo(new SqsConfig.DeadLetterQueue("orders-dlq", 3));
        assertThat(config.entries(SnsConfig.SUBSCRIPTIONS).get(0).filterPolicy().toString())
                .isEqualTo("{\"color\":[\"red\"]}");
        assertThat(config.entries(KinesisConfig.STREAMS).get(0).consumers()).containsExactly("analytics");
    }

    @Test
    void jsonIsReadWhenTheNameSaysSo(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("emulator.json"),
                "{\"queues\": [{\"name\": \"jobs\", \"attributes\": {\"DelaySeconds\": 5}}]}");

        EmulatorConfig config = EmulatorServer.configReader().read(file);

        assertThat(config.entries(SqsConfig.QUEUES)).singleElement().satisfies(queue ->
                assertThat(queue.attributes()).containsEntry("DelaySeconds", "5"));
    }

    @Test
    void anEmptyFileDeclaresNothing() throws IOException {
        assertThat(yaml("")).isEqualTo(EmulatorConfig.EMPTY);
    }

    @Test
    void deadLetterQueuesAreCreatedBeforeTheQueuesThatUseThem() throws IOException {
        EmulatorConfig config = yaml("""
                queues:
                  - {name: a, deadLetterQueue: {name: b, maxReceiveCount: 1}}
                  - {name: b, deadLetterQueue: {name: c, maxReceiveCount: 1}}
                  - {name: c}
                """);

        assertThat(SqsConfig.QUEUES.creationOrder(config.entries(SqsConfig.QUEUES))).extracting(SqsConfig.Queue::name)
                .containsExactly("c", "b", "a");
    }

    @Test
    void anUnknownKeyIsNamedWithTheEntryAndTheKnownKeys() {
        assertThatThrownBy(() -> yaml("""
                queues:
                  - name: a
                  - name: b
                    visibility: 30
                """))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("config file test.yaml: queues[1]: unknown key \"visibility\"")
                .hasMessageContaining("known keys: attributes, deadLetterQueue, name, tags");
    }

    @Test
    void everyUnknownKeyOfAFileIsListedInOneRunEachWithItsLine() {
        assertThatThrownBy(() -> yaml("""
                queues:
                  - name: a
                    visibility: 30
                  - name: b
                    deadLetterQueue:
                      name: a
                      maxReceives: 3
                topic:
                  - name: events
                streams:
                  - name: clicks
                    shards: 2
                """))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(e.getMessage().lines()).satisfiesExactly(
                        line -> assertThat(line).isEqualTo("config file test.yaml:"),
                        line -> assertThat(line).isEqualTo("  queues[0]: unknown key \"visibility\" (known keys: "
                                + "attributes, deadLetterQueue, name, tags) (line 3)"),
                        line -> assertThat(line).isEqualTo("  queues[1].deadLetterQueue: unknown key \"maxReceives\" "
                                + "(known keys: maxReceiveCount, name) (line 7)"),
                        line -> assertThat(line).startsWith("  unknown key \"topic\" (known keys: ")
                                .contains("topics").endsWith(") (line 8)"),
                        line -> assertThat(line).isEqualTo("  streams[0]: unknown key \"shards\" (known keys: "
                                + "consumers, mode, name, shardCount, tags) (line 12)")));
    }

    @Test
    void aValueOfTheWrongTypeIsNamedWithItsPath() {
        assertThatThrownBy(() -> yaml("""
                streams:
                  - name: clicks
                    shardCount: many
                """))
                .hasMessage("config file test.yaml: streams[0].shardCount: expected a number, not \"many\" (line 3)");
    }

    @Test
    void anEntryWhereAListBelongsIsNamed() {
        assertThatThrownBy(() -> yaml("""
                subscriptions:
                  topic: orders
                  queue: jobs
                """))
                .hasMessage("config file test.yaml: subscriptions: expected a list (line 2)");
    }

    @Test
    void entriesThatDoNotFitTogetherAreAllListedByEntry() {
        assertThatThrownBy(() -> yaml("""
                queues:
                  - name: orders
                    deadLetterQueue: {name: missing-dlq, maxReceiveCount: 3}
                  - name: orders
                  - attributes: {DelaySeconds: 1}
                  - name: loop
                    deadLetterQueue: {name: loop, maxReceiveCount: 1}
                topics:
                  - name: events
                subscriptions:
                  - topic: nowhere
                    queue: orders
                  - topic: events
                  - topic: events
                    queue: ghost
                  - topic: events
                    endpoint: ftp://example.com/hook
                """))
                .isInstanceOf(ConfigException.class)
                .hasMessage("""
                        config file test.yaml:
                          queues[1] "orders": is declared twice
                          queues[2]: needs a name
                          queues[0] "orders": deadLetterQueue "missing-dlq" is not a queue of this file
                          queues[3] "loop": its dead-letter queues lead back to itself
                          subscriptions[0]: topic "nowhere" is not a topic of this file
                          subscriptions[1]: needs either a queue or an endpoint
                          subscriptions[2]: queue "ghost" is not a queue of this file
                          subscriptions[3]: endpoint "ftp://example.com/hook" must be an http:// or https:// URL""");
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        assertThatThrownBy(() -> EmulatorServer.configReader().read(dir.resolve("absent.yaml")))
                .hasMessage("config file " + dir.resolve("absent.yaml") + " does not exist");
    }

    @Test
    void aClasspathResourceIsFoundBeforeAFile() {
        EmulatorConfig config = EmulatorServer.configReader().readResourceOrFile("config/classpath-config.yaml",
                getClass().getClassLoader());

        assertThat(config.entries(SqsConfig.QUEUES)).extracting(SqsConfig.Queue::name)
                .containsExactly("from-the-classpath");
        assertThatThrownBy(() -> EmulatorServer.configReader().readResourceOrFile("no/such/config.yaml", getClass().getClassLoader()))
                .hasMessage("config file no/such/config.yaml is neither a classpath resource nor a file");
    }

    private static EmulatorConfig yaml(String text) throws IOException {
        return EmulatorServer.configReader().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }
}
