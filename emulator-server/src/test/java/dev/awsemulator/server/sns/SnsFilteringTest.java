package dev.awsemulator.server.sns;

import dev.awsemulator.core.sns.Delivery;
import dev.awsemulator.core.sns.PublishedMessage;
import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sns.model.InvalidParameterException;
import software.amazon.awssdk.services.sqs.model.Message;

import java.util.List;
import java.util.Map;

import static dev.awsemulator.server.sns.SnsFanoutTest.number;
import static dev.awsemulator.server.sns.SnsFanoutTest.string;
import static dev.awsemulator.server.testsupport.EmulatorServerExtension.queueArn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One event, several queues, each with its own filter policy: the fanout of the reference design. */
class SnsFilteringTest {

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension();

    @Test
    void eachQueueGetsWhatItsFilterPolicySelects() {
        String topic = aws.sns().createTopic(b -> b.name("order-events")).topicArn();
        String everything = queue(topic, "fulfilment", Map.of());
        String fraud = queue(topic, "fraud-review", Map.of("FilterPolicy", "{\"amount\":[{\"numeric\":[\">=\",1000]}]}"));
        String eu = queue(topic, "eu-shipping", Map.of("FilterPolicyScope", "MessageBody",
                "FilterPolicy", "{\"shipping\":{\"country\":[\"DE\",\"FR\",\"NL\"]}}", "RawMessageDelivery", "true"));

        publish(topic, "{\"id\":1,\"shipping\":{\"country\":\"DE\"}}", "250");
        publish(topic, "{\"id\":2,\"shipping\":{\"country\":\"US\"}}", "1500");
        publish(topic, "{\"id\":3,\"shipping\":{\"country\":[\"CA\",\"FR\"]}}", "999.99");

        assertThat(receive(everything)).hasSize(3);
        assertThat(receive(fraud)).singleElement().satisfies(m -> assertThat(m.body()).contains("\\\"id\\\":2"));
        assertThat(receive(eu)).extracting(Message::body).containsExactlyInAnyOrder(
                "{\"id\":1,\"shipping\":{\"country\":\"DE\"}}", "{\"id\":3,\"shipping\":{\"country\":[\"CA\",\"FR\"]}}");
    }

    @Test
    void inspectionTellsWhichRuleFilteredAMessageOut() {
        String topic = aws.sns().createTopic(b -> b.name("inspected")).topicArn();
        queue(topic, "big-orders", Map.of("FilterPolicy", "{\"amount\":[{\"numeric\":[\">=\",1000]}]}"));

        publish(topic, "{}", "12");

        PublishedMessage published = aws.server().emulator().sns().publishedMessages().get(0);
        assertThat(published.deliveries()).singleElement().satisfies(delivery -> {
            assertThat(delivery.status()).isEqualTo(Delivery.Status.FILTERED_OUT);
            assertThat(delivery.reason()).contains("amount");
        });
    }

    @Test
    void invalidFilterPolicyIsRejectedAndNoSubscriptionIsMade() {
        String topic = aws.sns().createTopic(b -> b.name("strict-filters")).topicArn();
        aws.sqs().createQueue(b -> b.queueName("never"));

        assertThatThrownBy(() -> aws.sns().subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(queueArn("never"))
                .attributes(Map.of("FilterPolicy", "{\"amount\":[{\"numeric\":[\"<>\",1]}]}"))))
                .isInstanceOfSatisfying(InvalidParameterException.class, e ->
                        assertThat(e.awsErrorDetails().errorMessage())
                                .isEqualTo("Invalid parameter: Attributes Reason: FilterPolicy: "
                                        + "Unrecognized numeric range operator: <>"));
        assertThat(aws.sns().listSubscriptions().subscriptions()).isEmpty();
    }

    @Test
    void filterPolicyCanBeChangedOnALiveSubscription() {
        String topic = aws.sns().createTopic(b -> b.name("changing")).topicArn();
        String url = aws.sqs().createQueue(b -> b.queueName("picky")).queueUrl();
        String subscription = aws.sns().subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(queueArn("picky"))
                .attributes(Map.of("FilterPolicy", "{\"kind\":[\"a\"]}"))).subscriptionArn();

        aws.sns().setSubscriptionAttributes(b -> b.subscriptionArn(subscription).attributeName("FilterPolicy")
                .attributeValue("{\"kind\":[\"b\"]}"));
        aws.sns().publish(b -> b.topicArn(topic).message("x").messageAttributes(Map.of("kind", string("a"))));
        aws.sns().publish(b -> b.topicArn(topic).message("y").messageAttributes(Map.of("kind", string("b"))));

        assertThat(receive(url)).singleElement().satisfies(m -> assertThat(m.body()).contains("\"Message\":\"y\""));
        assertThat(aws.sns().getSubscriptionAttributes(b -> b.subscriptionArn(subscription)).attributes())
                .containsEntry("FilterPolicy", "{\"kind\":[\"b\"]}").containsEntry("FilterPolicyScope", "MessageAttributes");
    }

    private static String queue(String topic, String name, Map<String, String> attributes) {
        String url = aws.sqs().createQueue(b -> b.queueName(name)).queueUrl();
        aws.sns().subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(queueArn(name)).attributes(attributes));
        return url;
    }

    private static void publish(String topic, String body, String amount) {
        aws.sns().publish(b -> b.topicArn(topic).message(body).messageAttributes(Map.of("amount", number(amount))));
    }

    private static List<Message> receive(String url) {
        return aws.sqs().receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10)).messages();
    }
}
