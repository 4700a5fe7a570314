package dev.awsemulator.junit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A misspelt queue, topic or stream name fails at once, naming the ones there are, instead of reading as empty. */
class NameCheckTest {

    @RegisterExtension
    static final AwsEmulatorExtension aws = AwsEmulatorExtension.builder()
            .queue("orders", "audit")
            .topic("events")
            .stream("clicks")
            .build();

    @Test
    void anUnknownQueueNameListsTheQueuesThereAre() {
        assertThatThrownBy(() -> aws.queueUrl("orderz")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is no queue named \"orderz\" in account 000000000000, region us-east-1; "
                        + "its queues: audit, orders. Declare it (queues = ... on @AwsEmulatorTest, or the builder's "
                        + "queue(...)) or create it before naming it here.");
        assertThatThrownBy(() -> aws.queueArn("orderz")).hasMessageStartingWith("There is no queue named \"orderz\"");
    }

    @Test
    void anUnknownTopicNameListsTheTopicsThereAre() {
        assertThatThrownBy(() -> aws.topicArn("nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("There is no topic named \"nope\" in account 000000000000, region us-east-1; "
                        + "its topics: events.");
    }

    @Test
    void inspectionRefusesUnknownNamesInsteadOfReadingThemAsEmpty() {
        assertThatThrownBy(() -> aws.inspect().queue("orderz")).hasMessageContaining("its queues: audit, orders.");
        assertThatThrownBy(() -> aws.inspect().waitingReceives("orderz")).hasMessageContaining("no queue named");
        assertThatThrownBy(() -> aws.inspect().publishedTo("nope")).hasMessageContaining("its topics: events.");
        assertThatThrownBy(() -> aws.inspect().streamRecords("clickz"))
                .hasMessageStartingWith("There is no stream named \"clickz\" in account 000000000000, region "
                        + "us-east-1; its streams: clicks.");
    }

    @Test
    void aServiceWithoutResourcesSaysSo() {
        aws.client(SqsClient.class).deleteQueue(b -> b.queueUrl(aws.queueUrl("orders")));
        aws.client(SqsClient.class).deleteQueue(b -> b.queueUrl(aws.queueUrl("audit")));

        assertThatThrownBy(() -> aws.queueUrl("orders")).hasMessageContaining("us-east-1; it has no queues.");
    }

    @Test
    void aQueueTheTestCreatesIsKnownAtOnce(SqsClient sqs) {
        String url = sqs.createQueue(b -> b.queueName("made-here")).queueUrl();

        assertThat(aws.queueUrl("made-here")).isEqualTo(url);
        assertThat(aws.queueArn("made-here")).isEqualTo(sqs.getQueueAttributes(b -> b.queueUrl(url)
                .attributeNames(QueueAttributeName.QUEUE_ARN)).attributes().get(QueueAttributeName.QUEUE_ARN));
        assertThat(aws.inspect().queue("made-here")).isEmpty();
    }
}
