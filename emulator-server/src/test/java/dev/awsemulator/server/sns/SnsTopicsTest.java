package dev.awsemulator.server.sns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sns.model.InvalidParameterException;
import software.amazon.awssdk.services.sns.model.NotFoundException;
import software.amazon.awssdk.services.sns.model.ResourceNotFoundException;
import software.amazon.awssdk.services.sns.model.SnsException;
import software.amazon.awssdk.services.sns.model.Tag;
import software.amazon.awssdk.services.sns.model.TagLimitExceededException;
import software.amazon.awssdk.services.sns.model.Topic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Topic operations through the SDK v2 SnsClient (Query protocol, XML). */
class SnsTopicsTest {

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension();

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void createTopicIsIdempotentAndReturnsTheArn() {
        String arn = aws.sns().createTopic(b -> b.name("orders")).topicArn();

        assertThat(arn).isEqualTo("arn:aws:sns:us-east-1:000000000000:orders");
        assertThat(aws.sns().createTopic(b -> b.name("orders")).topicArn()).isEqualTo(arn);
        assertThat(aws.sns().listTopics().topics()).extracting(Topic::topicArn).containsExactly(arn);
    }

    @Test
    void createTopicWithOtherAttributesFailsAndChangesNothing() {
        String arn = aws.sns().createTopic(b -> b.name("orders").attributes(Map.of("DisplayName", "a"))).topicArn();

        assertThatThrownBy(() -> aws.sns().createTopic(b -> b.name("orders").attributes(Map.of("DisplayName", "b"))))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidParameter");
                    assertThat(e.awsErrorDetails().errorMessage())
                            .isEqualTo("Invalid parameter: Attributes Reason: Topic already exists with different attributes");
                });
        assertThat(aws.sns().getTopicAttributes(b -> b.topicArn(arn)).attributes()).containsEntry("DisplayName", "a");
    }

    @Test
    void topicAttributesHaveAwsDefaults() {
        String arn = aws.sns().createTopic(b -> b.name("defaults")).topicArn();

        Map<String, String> attributes = aws.sns().getTopicAttributes(b -> b.topicArn(arn)).attributes();

        assertThat(attributes).containsEntry("TopicArn", arn).containsEntry("Owner", "000000000000")
                .containsEntry("DisplayName", "")
                .containsEntry("SubscriptionsConfirmed", "0").containsEntry("SubscriptionsPending", "0")
                .containsEntry("SubscriptionsDeleted", "0").containsKeys("Policy", "EffectiveDeliveryPolicy")
                .doesNotContainKeys("FifoTopic", "SignatureVersion", "TracingConfig");
        assertThat(attributes.get("Policy")).contains("\"Resource\":\"" + arn + "\"");
    }

    @Test
    void fifoTopicsNeedTheSuffixAndHaveFifoDefaults() {
        String arn = aws.sns().createTopic(b -> b.name("events.fifo").attributes(Map.of("FifoTopic", "true"))).topicArn();

        assertThat(aws.sns().getTopicAttributes(b -> b.topicArn(arn)).attributes())
                .containsEntry("FifoTopic", "true").containsEntry("ContentBasedDeduplication", "false");
        assertThatThrownBy(() -> aws.sns().createTopic(b -> b.name("plain").attributes(Map.of("FifoTopic", "true"))))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("Invalid parameter: Topic Name");
        assertThatThrownBy(() -> aws.sns().createTopic(b -> b.name("bad name!")))
                .isInstanceOf(InvalidParameterException.class);
        assertThat(aws.sns().listTopics().topics()).hasSize(1);
    }

    @Test
    void setTopicAttributesValidatesNameAndValue() {
        String arn = aws.sns().createTopic(b -> b.name("settable")).topicArn();

        aws.sns().setTopicAttributes(b -> b.topicArn(arn).attributeName("DisplayName").attributeValue("Orders"));
        aws.sns().setTopicAttributes(b -> b.topicArn(arn).attributeName("SignatureVersion").attributeValue("2"));

        assertThat(aws.sns().getTopicAttributes(b -> b.topicArn(arn)).attributes())
                .containsEntry("DisplayName", "Orders").containsEntry("SignatureVersion", "2");
        assertThatThrownBy(() -> aws.sns().setTopicAttributes(b -> b.topicArn(arn).attributeName("Colour")
                .attributeValue("blue"))).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("Invalid parameter: AttributeName");
        assertThatThrownBy(() -> aws.sns().setTopicAttributes(b -> b.topicArn(arn).attributeName("SignatureVersion")
                .attributeValue("3"))).isInstanceOf(InvalidParameterException.class);
        assertThat(aws.sns().getTopicAttributes(b -> b.topicArn(arn)).attributes()).containsEntry("SignatureVersion", "2");
    }

    @Test
    void missingTopicIsNotFoundWith404AndMalformedArnIsInvalid() {
        assertThatThrownBy(() -> aws.sns().getTopicAttributes(b -> b.topicArn("arn:aws:sns:us-east-1:000000000000:nope")))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Topic does not exist");
                });
        assertThatThrownBy(() -> aws.sns().getTopicAttributes(b -> b.topicArn("not-an-arn")))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage())
                                .isEqualTo("Invalid parameter: TopicArn Reason: An ARN must have at least 6 elements, not 1"));
        assertThatThrownBy(() -> aws.sns().getTopicAttributes(b -> b.topicArn("arn:aws:sqs:us-east-1:000000000000:q")))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Invalid parameter: TopicArn"));
    }

    @Test
    void listTopicsPagesByHundred() {
        IntStream.range(0, 101).forEach(i -> aws.sns().createTopic(b -> b.name("t" + i)));

        List<String> all = new ArrayList<>();
        var first = aws.sns().listTopics();
        first.topics().forEach(topic -> all.add(topic.topicArn()));
        assertThat(first.topics()).hasSize(100);
        var second = aws.sns().listTopics(b -> b.nextToken(first.nextToken()));
        second.topics().forEach(topic -> all.add(topic.topicArn()));

        assertThat(second.nextToken()).isNull();
        assertThat(all).hasSize(101).doesNotHaveDuplicates();
    }

    @Test
    void deleteTopicRemovesItAndItsSubscriptions() {
        String arn = aws.sns().createTopic(b -> b.name("doomed")).topicArn();
        aws.sqs().createQueue(b -> b.queueName("listener"));
        aws.sns().subscribe(b -> b.topicArn(arn).protocol("sqs").endpoint(EmulatorServerExtension.queueArn("listener")));

        aws.sns().deleteTopic(b -> b.topicArn(arn));

        assertThat(aws.sns().listTopics().topics()).isEmpty();
        assertThat(aws.sns().listSubscriptions().subscriptions()).isEmpty();
    }

    @Test
    void tagsAreAddedListedAndRemovedWithinTheLimit() {
        String arn = aws.sns().createTopic(b -> b.name("tagged").tags(Tag.builder().key("team").value("a").build()))
                .topicArn();

        aws.sns().tagResource(b -> b.resourceArn(arn).tags(Tag.builder().key("env").value("dev").build()));
        aws.sns().untagResource(b -> b.resourceArn(arn).tagKeys("team"));

        assertThat(aws.sns().listTagsForResource(b -> b.resourceArn(arn)).tags())
                .containsExactly(Tag.builder().key("env").value("dev").build());
        List<Tag> tooMany = IntStream.range(0, 50).mapToObj(i -> Tag.builder().key("k" + i).value("v").build()).toList();
        assertThatThrownBy(() -> aws.sns().tagResource(b -> b.resourceArn(arn).tags(tooMany)))
                .isInstanceOf(TagLimitExceededException.class);
        assertThat(aws.sns().listTagsForResource(b -> b.resourceArn(arn)).tags()).hasSize(1);
        assertThatThrownBy(() -> aws.sns().listTagsForResource(b -> b.resourceArn(arn + "-missing")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void permissionsEditTheTopicPolicy() throws Exception {
        String arn = aws.sns().createTopic(b -> b.name("shared")).topicArn();

        aws.sns().addPermission(b -> b.topicArn(arn).label("partner").awsAccountIds("111122223333")
                .actionNames("Publish"));

        JsonNode statements = JSON.readTree(aws.sns().getTopicAttributes(b -> b.topicArn(arn)).attributes()
                .get("Policy")).get("Statement");
        assertThat(statements).hasSize(2);
        assertThat(statements.get(1).get("Sid").asText()).isEqualTo("partner");
        assertThat(statements.get(1).get("Action").get(0).asText()).isEqualTo("SNS:Publish");
        assertThatThrownBy(() -> aws.sns().addPermission(b -> b.topicArn(arn).label("partner")
                .awsAccountIds("111122223333").actionNames("Publish"))).isInstanceOf(InvalidParameterException.class);

        aws.sns().removePermission(b -> b.topicArn(arn).label("partner"));

        assertThat(JSON.readTree(aws.sns().getTopicAttributes(b -> b.topicArn(arn)).attributes().get("Policy"))
                .get("Statement")).hasSize(1);
    }

    @Test
    void dataProtectionPolicyIsStoredAndReturned() {
        String arn = aws.sns().createTopic(b -> b.name("protected")).topicArn();
        String policy = "{\"Name\":\"p\",\"Version\":\"2021-06-01\",\"Statement\":[]}";

        aws.sns().putDataProtectionPolicy(b -> b.resourceArn(arn).dataProtectionPolicy(policy));

        assertThat(aws.sns().getDataProtectionPolicy(b -> b.resourceArn(arn)).dataProtectionPolicy()).isEqualTo(policy);
        assertThatThrownBy(() -> aws.sns().putDataProtectionPolicy(b -> b.resourceArn(arn).dataProtectionPolicy("{")))
                .isInstanceOf(SnsException.class);
    }
}
