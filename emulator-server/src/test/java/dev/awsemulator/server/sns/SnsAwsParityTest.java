package dev.awsemulator.server.sns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sns.model.InvalidParameterException;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishBatchRequestEntry;
import software.amazon.awssdk.services.sns.model.SnsException;
import software.amazon.awssdk.services.sns.model.Tag;
import software.amazon.awssdk.services.sqs.model.Message;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static dev.awsemulator.server.testsupport.EmulatorServerExtension.queueArn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SNS behaviour recorded on AWS that clients depend on, through the SDK v2 clients over HTTP and, where the
 * XML itself is the point, the raw Query response.
 */
class SnsAwsParityTest {

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void emptyListsAreSentAsEmptyElements() throws Exception {
        String topic = aws.sns().createTopic(b -> b.name("quiet")).topicArn();

        assertThat(aws.sns().listSubscriptions().hasSubscriptions()).isTrue();
        assertThat(aws.sns().listSubscriptionsByTopic(b -> b.topicArn(topic)).hasSubscriptions()).isTrue();
        assertThat(aws.sns().listTagsForResource(b -> b.resourceArn(topic)).hasTags()).isTrue();
        assertThat(aws.sns().listPhoneNumbersOptedOut(b -> { }).hasPhoneNumbers()).isTrue();
        assertThat(aws.sns().publishBatch(b -> b.topicArn(topic).publishBatchRequestEntries(
                PublishBatchRequestEntry.builder().id("one").message("hello").build())).hasFailed()).isTrue();
        assertThat(query("Action=ListSubscriptions")).contains("<Subscriptions/>");
        assertThat(query("Action=ListTagsForResource&ResourceArn=" + topic)).contains("<Tags/>");
    }

    @Test
    void taggingAnswersWithItsEmptyResultElement() throws Exception {
        String topic = aws.sns().createTopic(b -> b.name("tagged")).topicArn();

        String tagged = query("Action=TagResource&ResourceArn=" + topic
                + "&Tags.member.1.Key=team&Tags.member.1.Value=payments");
        String untagged = query("Action=UntagResource&ResourceArn=" + topic + "&TagKeys.member.1=absent");

        assertThat(tagged).contains("<TagResourceResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\">"
                + "<TagResourceResult></TagResourceResult><ResponseMetadata>");
        assertThat(untagged).contains("<UntagResourceResult></UntagResourceResult>");
        assertThat(aws.sns().listTagsForResource(b -> b.resourceArn(topic)).tags())
                .containsExactly(Tag.builder().key("team").value("payments").build());
    }

    @Test
    void aTagKeyGivenTwiceIsRefused() {
        String topic = aws.sns().createTopic(b -> b.name("labelled")).topicArn();
        Tag first = Tag.builder().key("team").value("a").build();
        Tag again = Tag.builder().key("team").value("b").build();

        assertRefused(() -> aws.sns().tagResource(b -> b.resourceArn(topic).tags(first, again)),
                "Invalid parameter: Duplicated keys are not allowed.");
        assertRefused(() -> aws.sns().createTopic(b -> b.name("twice").tags(first, again)),
                "Invalid parameter: Duplicated keys are not allowed.");

        assertThat(aws.sns().listTagsForResource(b -> b.resourceArn(topic)).tags()).isEmpty();
        assertThat(aws.sns().listTopics().topics()).singleElement()
                .satisfies(listed -> assertThat(listed.topicArn()).isEqualTo(topic));
    }

    @Test
    void fifoBatchEntryWithoutAGroupRefusesTheWholeBatch() {
        String topic = fifoTopic("orders.fifo", false);

        assertRefused(() -> aws.sns().publishBatch(b -> b.topicArn(topic).publishBatchRequestEntries(
                entry("grouped").messageGroupId("g").messageDeduplicationId("d").build(), entry("loose").build())),
                "Invalid parameter: The MessageGroupId parameter is required for FIFO topics");
    }

    @Test
    void fifoBatchEntryWithoutDeduplicationRefusesTheWholeBatch() {
        String topic = fifoTopic("ledger.fifo", false);

        assertRefused(() -> aws.sns().publishBatch(b -> b.topicArn(topic).publishBatchRequestEntries(
                entry("deduplicated").messageGroupId("g").messageDeduplicationId("d").build(),
                entry("undeduplicated").messageGroupId("g").build())),
                "Invalid parameter: The topic should either have ContentBasedDeduplication enabled or "
                        + "MessageDeduplicationId provided explicitly");
    }

    @Test
    void batchEntryWithJsonStructureWithoutDefaultRefusesTheWholeBatch() {
        String topic = fifoTopic("structured.fifo", true);

        assertRefused(() -> aws.sns().publishBatch(b -> b.topicArn(topic).publishBatchRequestEntries(
                entry("plain").messageGroupId("g").build(),
                PublishBatchRequestEntry.builder().id("structured").message("{\"sqs\":\"no default\"}")
                        .messageStructure("json").build())),
                "Invalid parameter: Message Structure - No default entry in JSON message body");
    }

    @Test
    void fifoTopicDeliversToAStandardQueue() throws Exception {
        String topic = fifoTopic("events.fifo", true);
        String queue = aws.sqs().createQueue(b -> b.queueName("plain-events")).queueUrl();
        aws.sns().subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(queueArn("plain-events")));

        String sequence = aws.sns().publish(b -> b.topicArn(topic).message("shipped").messageGroupId("g"))
                .sequenceNumber();

        List<Message> messages = aws.sqs().receiveMessage(b -> b.queueUrl(queue).maxNumberOfMessages(10)).messages();
        assertThat(messages).singleElement().satisfies(message -> {
            JsonNode envelope = JSON.readTree(message.body());
            assertThat(envelope.get("Message").asText()).isEqualTo("shipped");
            assertThat(envelope.get("SequenceNumber").asText()).isEqualTo(sequence);
        });
    }

    @Test
    void deletingATopicThatDoesNotExistSucceeds() {
        String topic = aws.sns().createTopic(b -> b.name("once")).topicArn();

        aws.sns().deleteTopic(b -> b.topicArn(topic));
        aws.sns().deleteTopic(b -> b.topicArn(topic));
        aws.sns().deleteTopic(b -> b.topicArn("arn:aws:sns:us-east-1:000000000000:never"));

        assertThat(aws.sns().listTopics().topics()).isEmpty();
        assertThatThrownBy(() -> aws.sns().deleteTopic(b -> b.topicArn("not-an-arn")))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorMessage())
                            .isEqualTo("Invalid parameter: TopicArn Reason: An ARN must have at least 6 elements, not 1");
                });
    }

    @Test
    void queueSubscriptionWasAuthenticatedByItsSubscriber() {
        String topic = aws.sns().createTopic(b -> b.name("audited")).topicArn();
        aws.sqs().createQueue(b -> b.queueName("audit"));
        String arn = aws.sns().subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(queueArn("audit")))
                .subscriptionArn();

        assertThat(aws.sns().getSubscriptionAttributes(b -> b.subscriptionArn(arn)).attributes())
                .containsEntry("ConfirmationWasAuthenticated", "true")
                .containsEntry("SubscriptionPrincipal", "arn:aws:iam::000000000000:root");
    }

    @Test
    void envelopeUrlsCarryTheArnsUnencoded() throws Exception {
        String topic = aws.sns().createTopic(b -> b.name("linked")).topicArn();
        String queue = aws.sqs().createQueue(b -> b.queueName("linked-queue")).queueUrl();
        String arn = aws.sns().subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(queueArn("linked-queue")))
                .subscriptionArn();

        aws.sns().publish(b -> b.topicArn(topic).message("hello"));

        JsonNode envelope = JSON.readTree(aws.sqs().receiveMessage(b -> b.queueUrl(queue)).messages().get(0).body());
        assertThat(envelope.get("UnsubscribeURL").asText())
                .isEqualTo(aws.endpoint() + "/?Action=Unsubscribe&SubscriptionArn=" + arn);
    }

    @Test
    void refusalsCarryTheMessagesRecordedOnAws() {
        String topic = aws.sns().createTopic(b -> b.name("strict")).topicArn();

        assertInvalid(() -> aws.sns().subscribe(b -> b.topicArn(topic).protocol("test-protocol").endpoint("x")),
                "InvalidParameter", "Invalid parameter: Amazon SNS does not support this protocol string: "
                        + "test-protocol");
        assertInvalid(() -> aws.sns().subscribe(b -> b.topicArn(topic).protocol("sms").endpoint("invalid-number")),
                "InvalidParameter", "Invalid SMS endpoint: invalid-number");
        assertInvalid(() -> aws.sns().setSMSAttributes(b -> b.attributes(Map.of("InvalidAttribute", "x"))),
                "InvalidParameter", "InvalidAttribute is not a valid attribute");
        assertInvalid(() -> aws.sns().publish(b -> b.phoneNumber("+1a234").message("x")), "InvalidParameter",
                "Invalid parameter: PhoneNumber Reason: +1a234 is not valid to publish to");
        assertInvalid(() -> publishBatchWithId("message.id"), "InvalidBatchEntryId",
                "The Id of a batch entry in the batch request contains an impermissible character: message.id");
        assertInvalid(() -> publishBatchWithId("a".repeat(81)), "InvalidBatchEntryId",
                "The Id of a batch entry in the batch request is too long: " + "a".repeat(81));
        assertInvalid(() -> publishWithAttribute(topic, "a^*?"), "ParameterValueInvalid", "Invalid "
                + "non-alphanumeric character '#x5E' was found in the message attribute name. Can only include "
                + "alphanumeric characters, hyphens, underscores, or dots.");
        assertInvalid(() -> publishWithAttribute(topic, ".abc"), "ParameterValueInvalid",
                "Invalid message attribute name starting with character '.' was found.");
        assertInvalid(() -> publishWithAttribute(topic, "abc."), "ParameterValueInvalid",
                "Invalid message attribute name ending with character '.' was found.");
        assertInvalid(() -> publishWithAttribute(topic, "a..bc"), "ParameterValueInvalid",
                "Message attribute name can not have successive '.' character.");
        assertInvalid(() -> publishWithAttribute(topic, "a".repeat(257)), "ParameterValueInvalid",
                "Length of message attribute name must be less than 256 bytes.");
        assertThat(aws.sns().listSubscriptions().subscriptions()).isEmpty();
        assertThat(aws.server().emulator().sns().publishedMessages()).isEmpty();
    }

    private static void publishBatchWithId(String id) {
        aws.sns().publishBatch(b -> b.topicArn("arn:aws:sns:us-east-1:000000000000:strict")
                .publishBatchRequestEntries(PublishBatchRequestEntry.builder().id(id).message("x").build()));
    }

    private static void publishWithAttribute(String topic, String name) {
        aws.sns().publish(b -> b.topicArn(topic).message("x").messageAttributes(Map.of(name,
                MessageAttributeValue.builder().dataType("String").stringValue("1").build())));
    }

    private static void assertInvalid(Runnable call, String code, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(SnsException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(400);
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
        });
    }

    private static String fifoTopic(String name, boolean contentBasedDeduplication) {
        return aws.sns().createTopic(b -> b.name(name).attributes(Map.of("FifoTopic", "true",
                "ContentBasedDeduplication", Boolean.toString(contentBasedDeduplication)))).topicArn();
    }

    private static PublishBatchRequestEntry.Builder entry(String id) {
        return PublishBatchRequestEntry.builder().id(id).message("message " + id);
    }

    private static void assertRefused(Runnable call, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidParameterException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(400);
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidParameter");
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message);
        });
        assertThat(aws.server().emulator().sns().publishedMessages()).isEmpty();
    }

    private static String query(String form) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(aws.endpoint() + "/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&Version=2010-03-31")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
