package dev.awsemulator.core.sqs;

import dev.awsemulator.core.sqs.api.MessageAttributeValue;
import dev.awsemulator.core.sqs.api.SendMessageRequest;
import dev.awsemulator.core.sqs.api.SendMessageResult;
import dev.awsemulator.core.testsupport.SqsFixture;
import dev.awsemulator.core.testsupport.SqsFixture.Counts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static dev.awsemulator.core.testsupport.SqsFixture.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

/** Rejected sends: every test leaves the queue empty, checked after each one. */
class MessageValidationTest {

    private static final String INVALID_CHARACTERS = "Invalid characters found. Valid unicode characters are "
            + "#x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF";

    private final SqsFixture sqs = new SqsFixture();
    private final String queue = sqs.createQueue("validated");
    private int expectedMessages;

    @AfterEach
    void onlyAcceptedMessagesAreInTheQueue() {
        assertThat(sqs.counts(queue)).isEqualTo(new Counts(expectedMessages, 0, 0));
    }

    private static Map<String, MessageAttributeValue> stringAttributes(int count) {
        Map<String, MessageAttributeValue> attributes = new HashMap<>();
        for (int i = 0; i < count; i++) {
            attributes.put("a" + i, MessageAttributeValue.string("v"));
        }
        return attributes;
    }

    @Test
    void missingOrEmptyBodyIsMissingParameter() {
        assertAwsError(() -> sqs.send(queue, null), SqsError.MISSING_PARAMETER,
                "The request must contain the parameter MessageBody.");
        assertAwsError(() -> sqs.send(queue, ""), SqsError.MISSING_PARAMETER,
                "The request must contain the parameter MessageBody.");
    }

    @Test
    void bodyWithCharactersOutsideTheXmlRangeIsInvalidMessageContents() {
        for (String body : new String[] {"nul \u0000", "bell \u0007", "not a char \uFFFF", "lone surrogate \uD800"}) {
            assertAwsError(() -> sqs.send(queue, body), SqsError.INVALID_MESSAGE_CONTENTS, INVALID_CHARACTERS);
        }
    }

    @Test
    void bodyWithTabsNewlinesAndSupplementaryCharactersIsAccepted() {
        sqs.send(queue, "tab\there\r\nemoji \uD83D\uDE00 \uE000");
        expectedMessages = 1;
    }

    @Test
    void bodyOverOneMebibyteIsRejected() {
        assertAwsError(() -> sqs.send(queue, "x".repeat(1_048_577)), SqsError.INVALID_PARAMETER_VALUE,
                "One or more parameters are invalid. Reason: Message must be shorter than 1048576 bytes.");
    }

    @Test
    void attributesCountTowardsTheSizeLimit() {
        Map<String, MessageAttributeValue> attributes = Map.of("name", MessageAttributeValue.string("value"));

        assertAwsError(() -> sqs.sendWithAttributes(queue, "x".repeat(1_048_576 - 14), attributes),
                SqsError.INVALID_PARAMETER_VALUE);
        sqs.sendWithAttributes(queue, "x".repeat(1_048_576 - 15), attributes);
        expectedMessages = 1;
    }

    @Test
    void moreThanTenMessageAttributesAreRejected() {
        assertAwsError(() -> sqs.sendWithAttributes(queue, "body", stringAttributes(11)),
                SqsError.INVALID_PARAMETER_VALUE, "Number of message attributes [11] exceeds the allowed maximum [10].");
        sqs.sendWithAttributes(queue, "body", stringAttributes(10));
        expectedMessages = 1;
    }

    @Test
    void emptyStringAttributeIsRejected() {
        assertAwsError(() -> sqs.sendWithAttributes(queue, "body",
                        Map.of("ErrorDetails", MessageAttributeValue.string(""))), SqsError.INVALID_PARAMETER_VALUE,
                "Message (user) attribute 'ErrorDetails' must contain a non-empty value of type 'String'.");
    }

    @Test
    void emptyBinaryAttributeIsRejected() {
        assertAwsError(() -> sqs.sendWithAttributes(queue, "body",
                        Map.of("blob", MessageAttributeValue.binary(new byte[0]))), SqsError.INVALID_PARAMETER_VALUE,
                "Message (user) attribute 'blob' must contain a non-empty value of type 'Binary'.");
    }

    @Test
    void numberAttributeMustParseAsANumber() {
        assertAwsError(() -> sqs.sendWithAttributes(queue, "body",
                Map.of("count", MessageAttributeValue.number("twelve"))), SqsError.INVALID_PARAMETER_VALUE);
    }

    @Test
    void attributeNamesFollowAwsRules() {
        for (String name : new String[] {"AWS.reserved", "Amazon.reserved", ".leading", "trailing.", "double..dot",
                "spa ce"}) {
            assertAwsError(() -> sqs.sendWithAttributes(queue, "body", Map.of(name, MessageAttributeValue.string("v"))),
                    SqsError.INVALID_PARAMETER_VALUE);
        }
    }

    @Test
    void unknownDataTypeIsRejected() {
        assertAwsError(() -> sqs.sendWithAttributes(queue, "body",
                Map.of("weird", new MessageAttributeValue("Date", "2026-01-01", null, null, null))),
                SqsError.INVALID_PARAMETER_VALUE);
    }

    @Test
    void onlyAwsTraceHeaderIsAValidSystemAttribute() {
        assertAwsError(() -> sqs.send(new SendMessageRequest(queue, "body", null, null,
                        Map.of("Custom", MessageAttributeValue.string("v")), null, null)),
                SqsError.INVALID_PARAMETER_VALUE);

        SendMessageResult traced = sqs.send(new SendMessageRequest(queue, "body", null, null,
                Map.of("AWSTraceHeader", MessageAttributeValue.string("Root=1-abc")), null, null));
        assertThat(traced.md5OfMessageSystemAttributes()).matches("[0-9a-f]{32}");
        assertThat(sqs.receive(queue, 1, 0).get(0).attributes()).containsEntry("AWSTraceHeader", "Root=1-abc");
        expectedMessages = 1;
    }

    @Test
    void sendToAMissingQueueIsQueueDoesNotExist() {
        assertAwsError(() -> sqs.send(SqsFixture.URL_PREFIX + "missing", "body"), SqsError.QUEUE_DOES_NOT_EXIST,
                "The specified queue does not exist.");
    }

    @Test
    void invalidReceiveLimitsAreRejectedAndTakeNothing() {
        sqs.send(queue, "untouched");
        expectedMessages = 1;

        assertAwsError(() -> sqs.receive(queue, 11, null), SqsError.INVALID_PARAMETER_VALUE,
                "Value 11 for parameter MaxNumberOfMessages is invalid. Reason: Must be between 1 and 10, if provided.");
        assertAwsError(() -> sqs.receive(queue, 0, null), SqsError.INVALID_PARAMETER_VALUE);
        assertAwsError(() -> sqs.receive(queue, 1, 43_201), SqsError.INVALID_PARAMETER_VALUE,
                "Value 43201 for parameter VisibilityTimeout is invalid. Reason: Must be >= 0 and <= 43200, if provided.");
    }
}
