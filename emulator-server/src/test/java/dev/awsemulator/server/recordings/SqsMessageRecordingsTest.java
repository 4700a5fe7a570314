package dev.awsemulator.server.recordings;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeValue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** SQS messages replayed: their attributes (binary, empty, filtered by name), their size, a dead-letter queue. */
class SqsMessageRecordingsTest extends SqsReplayTest {

    private static MessageAttributeValue text(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }

    @Test
    void sendMessageWithBinaryAttributes() {
        Replay replay = replay("TestSqsProvider::test_send_message_with_binary_attributes[sqs]");
        String queue = queue("attributed");
        sqs().sendMessage(b -> b.queueUrl(queue).messageBody("test").messageAttributes(Map.of("attr1",
                MessageAttributeValue.builder().dataType("Binary").binaryValue(SdkBytes.fromString(
                        "traceparent\u001e00-774062d6c37081a5a0b9b5b88e30627c-2d2482211f6489da-01",
                        StandardCharsets.UTF_8)).build())));

        replay.call("binary-attrs-msg", () -> sqs().receiveMessage(b -> b.queueUrl(queue)
                .messageAttributeNames("All")));
        replay.assertMatchesRecording();
    }

    @Test
    void sendMessageWithEmptyStringAttribute() {
        Replay replay = replay("TestSqsProvider::test_send_message_with_empty_string_attribute[sqs]");
        String queue = queue("attributed");

        replay.call("empty-string-attr", () -> sqs().sendMessage(b -> b.queueUrl(queue).messageBody("test")
                .messageAttributes(Map.of("ErrorDetails", text("")))));
        replay.assertMatchesRecording();
    }

    @Test
    void receiveMessageMessageAttributeNamesFilters() {
        Replay replay = replay("TestSqsProvider::test_receive_message_message_attribute_names_filters[sqs]");
        String queue = queue("filtered", Map.of("VisibilityTimeout", "0"));
        replay.call("send_message_response", () -> sqs().sendMessage(b -> b.queueUrl(queue).messageBody("msg")
                .messageAttributes(Map.of("Help.Me", text("Me"), "Hello", text("There"), "General", text("Kenobi")))));

        replay.call("empty_filter", () -> sqs().receiveMessage(b -> b.queueUrl(queue).waitTimeSeconds(5)
                .messageAttributeNames(List.of())));
        replay.call("all_name", () -> sqs().receiveMessage(b -> b.queueUrl(queue).waitTimeSeconds(5)
                .messageAttributeNames("All")));
        Map<String, List<String>> firstMessageOnly = new LinkedHashMap<>();
        firstMessageOnly.put("all_wildcard_asterisk", List.of("*"));
        firstMessageOnly.put("all_wildcard", List.of(".*"));
        firstMessageOnly.put("only_non_existing_names", List.of("Foo", "Help"));
        firstMessageOnly.put("only_existing", List.of("Hello", "General"));
        firstMessageOnly.put("existing_and_non_existing", List.of("Foo", "Hello"));
        firstMessageOnly.put("prefix_filter", List.of("Hel.*"));
        firstMessageOnly.forEach((name, filter) -> replay.value(name, sqs().receiveMessage(b -> b.queueUrl(queue)
                .waitTimeSeconds(5).messageAttributeNames(filter)).messages().get(0)));
        replay.call("illegal_name_1", () -> sqs().receiveMessage(b -> b.queueUrl(queue).waitTimeSeconds(5)
                .messageAttributeNames("AWS.")));
        replay.call("illegal_name_2", () -> sqs().receiveMessage(b -> b.queueUrl(queue).waitTimeSeconds(5)
                .messageAttributeNames("..foo")));
        replay.assertMatchesRecording();
    }

    @Test
    void sendOversizedMessage() {
        Replay replay = replay("TestSqsProvider::test_send_oversized_message[sqs]");
        String queue = queue("bounded");

        replay.call("send_oversized_message", () -> sqs().sendMessage(b -> b.queueUrl(queue)
                .messageBody("a".repeat(1_048_576 - 8 + 1)).messageAttributes(Map.of("k", text("x")))));
        replay.assertMatchesRecording();
    }

    @Test
    void sendMessageWithUpdatedMaximumMessageSize() {
        Replay replay = replay("TestSqsProvider::test_send_message_with_updated_maximum_message_size[sqs]");
        String queue = queue("bounded");
        sqs().setQueueAttributes(b -> b.queueUrl(queue).attributesWithStrings(Map.of("MaximumMessageSize", "1024")));
        sqs().sendMessage(b -> b.queueUrl(queue).messageBody("a".repeat(1024)));

        replay.call("send_oversized_message", () -> sqs().sendMessage(b -> b.queueUrl(queue)
                .messageBody("a".repeat(1024 - 8 + 1)).messageAttributes(Map.of("k", text("x")))));
        replay.assertMatchesRecording();
    }

    @Test
    void deadLetterQueueMessageAttributes() {
        Replay replay = replay("TestSqsProvider::test_dead_letter_queue_message_attributes")
                .replacingMember("ApproximateFirstReceiveTimestamp", "timestamp")
                .replacingMember("SentTimestamp", "timestamp");
        String deadLetters = queue("dl-queue");
        String deadLettersArn = queueArn(deadLetters);
        String queue = queue("queue", Map.of("RedrivePolicy",
                "{\"deadLetterTargetArn\": \"" + deadLettersArn + "\", \"maxReceiveCount\": 1}"));
        replay.value("dlq-arn", deadLettersArn);
        replay.value("sourcen-arn", queueArn(queue));
        sqs().sendMessage(b -> b.queueUrl(queue).messageBody("message-1")
                .messageAttributes(Map.of("MyAttribute", text("foobar")))
                .messageSystemAttributesWithStrings(Map.of("AWSTraceHeader", MessageSystemAttributeValue.builder()
                        .dataType("String")
                        .stringValue("Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1")
                        .build())));
        sqs().sendMessage(b -> b.queueUrl(queue).messageBody("message-2"));

        List<Message> received = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            received.addAll(sqs().receiveMessage(b -> b.queueUrl(queue).visibilityTimeout(0)
                    .messageSystemAttributeNames(MessageSystemAttributeName.ALL).messageAttributeNames("All"))
                    .messages());
        }
        replay.value("rec-pre-dlq", withoutSenderId(received));
        replay.value("dlq-messages", withoutSenderId(sqs().receiveMessage(b -> b.queueUrl(deadLetters)
                .maxNumberOfMessages(10).messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                .messageAttributeNames("All")).messages()));
        replay.assertMatchesRecording();
    }

    /** The messages by body, without {@code SenderId}, as the recording's test left them. */
    private static List<Message> withoutSenderId(List<Message> messages) {
        return messages.stream().sorted(Comparator.comparing(Message::body)).map(message -> {
            Map<String, String> attributes = new HashMap<>(message.attributesAsStrings());
            attributes.remove("SenderId");
            return message.toBuilder().attributesWithStrings(attributes).build();
        }).toList();
    }

    @Test
    void receiveMessageMessageSystemAttributeNamesFilters() {
        Replay replay = replay("TestSqsProvider::test_receive_message_message_system_attribute_names_filters[sqs]")
                .replacingMember("ApproximateFirstReceiveTimestamp", "timestamp")
                .replacingMember("SentTimestamp", "timestamp");
        String queue = queue("filtered", Map.of("VisibilityTimeout", "0"));
        sqs().sendMessage(b -> b.queueUrl(queue).messageBody("msg").messageAttributes(Map.of("Foo", text("Bar"))));

        replay.call("all_attributes", () -> sqs().receiveMessage(b -> b.queueUrl(queue).waitTimeSeconds(5)
                .messageSystemAttributeNamesWithStrings("All")));
        replay.call("all_system_and_message_attributes", () -> sqs().receiveMessage(b -> b.queueUrl(queue)
                .waitTimeSeconds(5).messageSystemAttributeNamesWithStrings("All").messageAttributeNames("All")));
        replay.call("single_attribute", () -> sqs().receiveMessage(b -> b.queueUrl(queue).waitTimeSeconds(5)
                .messageSystemAttributeNamesWithStrings("SenderId")));
        replay.call("multiple_attributes", () -> sqs().receiveMessage(b -> b.queueUrl(queue).waitTimeSeconds(5)
                .messageSystemAttributeNamesWithStrings("SenderId", "SequenceNumber")));
        replay.assertMatchesRecording();
    }
}
