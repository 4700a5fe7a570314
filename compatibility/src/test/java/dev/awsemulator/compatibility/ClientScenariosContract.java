package dev.awsemulator.compatibility;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsemulator.compatibility.ClientScenarios.MessageAttribute;
import dev.awsemulator.compatibility.ClientScenarios.ReceivedMessage;
import dev.awsemulator.compatibility.ClientScenarios.StreamRecord;
import dev.awsemulator.server.testsupport.DevServerProcess;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The outcomes every client must observe, whatever its wire protocol: one fresh dev server (the
 * packaged jar, as a process) per client, the same scenarios, the same assertions. The scenarios touch
 * disjoint resources, so they run concurrently.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Execution(ExecutionMode.CONCURRENT)
abstract class ClientScenariosContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DevServerProcess server;
    private ClientScenarios client;

    /** The client under test, talking to {@code endpoint}; skips (or, in CI, fails) if it is not installed. */
    protected abstract ClientScenarios client(URI endpoint);

    @BeforeAll
    void startServer() throws Exception {
        server = DevServerProcess.start();
        client = client(server.endpoint());
    }

    @AfterAll
    void stopServer() throws InterruptedException {
        if (server != null) {
            server.stop();
        }
    }

    protected URI endpoint() {
        return server.endpoint();
    }

    @Test
    void standardQueueDeliversBodyAndEveryAttributeType() {
        ClientScenarios.StandardQueue outcome = client.sqsStandard();

        assertThat(outcome.queueUrl()).isEqualTo(endpoint() + "/000000000000/standard");
        assertThat(outcome.received()).singleElement().satisfies(message -> {
            assertThat(message.body()).isEqualTo("hello");
            assertThat(message.md5OfBody()).isEqualTo(md5Hex("hello"));
            assertThat(message.messageAttributes()).isEqualTo(Map.of(
                    "color", MessageAttribute.string("blue"),
                    "count", new MessageAttribute("Number", "3", null),
                    "blob", new MessageAttribute("Binary", null, "AQID")));
            assertThat(message.attributes()).containsEntry("ApproximateReceiveCount", "1")
                    .containsEntry("SenderId", "000000000000")
                    .containsKeys("SentTimestamp", "ApproximateFirstReceiveTimestamp");
        });
        assertThat(outcome.remaining()).as("messages left after the delete").isZero();
    }

    @Test
    void fifoQueueKeepsGroupOrderAndDropsTheDuplicate() {
        ClientScenarios.FifoQueue outcome = client.sqsFifo();

        assertThat(outcome.sentMessageIds()).hasSize(4).doesNotContainNull();
        assertThat(outcome.sentMessageIds().get(3)).as("the duplicate's id is the original's")
                .isEqualTo(outcome.sentMessageIds().get(0));
        assertThat(outcome.received()).extracting(ReceivedMessage::body).containsExactly("first", "second", "third");
        assertThat(outcome.received()).allSatisfy(message ->
                assertThat(message.attributes()).containsEntry("MessageGroupId", "customer-1"));
        List<BigInteger> sequence = outcome.received().stream()
                .map(message -> new BigInteger(message.attributes().get("SequenceNumber"))).toList();
        assertThat(sequence).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void queueAttributesAndTagsReadBackAsSet() {
        ClientScenarios.QueueAttributes outcome = client.sqsAttributes();

        assertThat(outcome.attributes())
                .containsEntry("VisibilityTimeout", "45")
                .containsEntry("MaximumMessageSize", "2048")
                .containsEntry("DelaySeconds", "1")
                .containsEntry("QueueArn", "arn:aws:sqs:us-east-1:000000000000:attributes")
                .containsEntry("ApproximateNumberOfMessages", "0");
        assertThat(outcome.tags()).isEqualTo(Map.of("team", "payments"));
    }

    @Test
    void batchesSendAndDeleteEntryByEntry() {
        ClientScenarios.Batch outcome = client.sqsBatch();

        assertThat(outcome.sentIds()).containsExactly("a", "b", "c");
        assertThat(outcome.sendFailures()).isZero();
        assertThat(outcome.received()).extracting(ReceivedMessage::body)
                .containsExactlyInAnyOrder("one", "two", "three");
        assertThat(outcome.received()).filteredOn(message -> message.body().equals("two")).singleElement()
                .extracting(ReceivedMessage::messageAttributes).isEqualTo(Map.of("kind", MessageAttribute.string("k")));
        assertThat(outcome.deletedIds()).containsExactly("m0", "m1", "m2");
        assertThat(outcome.deleteFailures()).containsExactly(
                new ClientScenarios.BatchFailure("bogus", "ReceiptHandleIsInvalid", true));
        assertThat(outcome.remaining()).isZero();
    }

    @Test
    void redrivePolicyMovesTheMessageToTheDeadLetterQueue() {
        ClientScenarios.DeadLetter outcome = client.sqsDeadLetter();

        assertThat(outcome.firstReceive()).containsExactly("poison");
        assertThat(outcome.secondReceive()).as("the source queue after maxReceiveCount").isEmpty();
        assertThat(outcome.deadLetters()).extracting(ReceivedMessage::body).containsExactly("poison");
        assertThat(outcome.deadLetterSourceQueues()).containsExactly(outcome.sourceUrl());
    }

    @Test
    void topicFansOutRawFilteredAndEnvelopedUnfiltered() throws Exception {
        ClientScenarios.Fanout outcome = client.snsFanout();

        assertThat(outcome.topicArn()).isEqualTo("arn:aws:sns:us-east-1:000000000000:order-events");
        assertThat(outcome.subscriptionCount()).isEqualTo(2);
        assertThat(outcome.rawSubscriptionAttributes()).containsEntry("RawMessageDelivery", "true")
                .containsEntry("Protocol", "sqs");
        assertThat(JSON.readTree(outcome.rawSubscriptionAttributes().get("FilterPolicy")))
                .isEqualTo(JSON.readTree("{\"color\":[\"blue\"]}"));
        assertThat(outcome.raw()).as("raw delivery honours the filter").singleElement().satisfies(message -> {
            assertThat(message.body()).isEqualTo("blue order");
            assertThat(message.messageAttributes()).isEqualTo(Map.of("color", MessageAttribute.string("blue")));
        });
        assertThat(outcome.enveloped())
                .extracting(n -> n.get("Type"), n -> n.get("TopicArn"), n -> n.get("Subject"), n -> n.get("Message"),
                        n -> n.get("MessageAttributes"))
                .containsExactlyInAnyOrder(
                        tuple("Notification", outcome.topicArn(), "order", "blue order",
                                Map.of("color", Map.of("Type", "String", "Value", "blue"))),
                        tuple("Notification", outcome.topicArn(), "order", "red order",
                                Map.of("color", Map.of("Type", "String", "Value", "red"))));
    }

    @Test
    void streamRecordsAreReadBackFromTheShardsTheyWerePutTo() {
        ClientScenarios.Stream outcome = client.kinesisStream();

        assertThat(outcome.shardIds()).containsExactly("shardId-000000000000", "shardId-000000000001");
        assertThat(outcome.failedPutCount()).isZero();
        assertThat(outcome.puts()).hasSize(3);
        List<String> keys = List.of("alpha", "beta", "gamma");
        List<String> data = List.of("one", "two", "three");
        assertThat(outcome.records()).extracting(StreamRecord::partitionKey, StreamRecord::data,
                        StreamRecord::shardId, StreamRecord::sequenceNumber)
                .containsExactlyInAnyOrder(IntStream.range(0, 3)
                        .mapToObj(i -> tuple(keys.get(i), data.get(i), outcome.puts().get(i).shardId(),
                                outcome.puts().get(i).sequenceNumber()))
                        .toArray(Tuple[]::new));
    }

    static String md5Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
