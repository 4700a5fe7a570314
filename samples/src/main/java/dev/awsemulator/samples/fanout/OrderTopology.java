package dev.awsemulator.samples.fanout;

import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.util.Map;

/**
 * Creates the fanout: a topic and one queue per consumer, each subscribed with the filter that
 * decides which orders it sees. Every call is idempotent (CreateTopic, CreateQueue and Subscribe
 * return the existing resource when given the same attributes), so a {@code main} can run it
 * against a fresh dev server or one that already has the resources.
 */
public final class OrderTopology {

    public static final String TOPIC = "orders";
    public static final String FULFILMENT = "fulfilment";
    public static final String FULFILMENT_DLQ = "fulfilment-dlq";
    public static final String FRAUD_REVIEW = "fraud-review";
    public static final String EU_SHIPPING = "eu-shipping";
    public static final String ANALYTICS = "analytics";
    public static final String FIFO_TOPIC = "orders.fifo";
    public static final String FIFO_FULFILMENT = "fulfilment.fifo";

    /** Orders from this amount go to fraud review: a numeric filter on the {@code amount} attribute. */
    public static final String FRAUD_FILTER = "{\"amount\":[{\"numeric\":[\">=\",1000]}]}";
    /** Orders with at least one shipment to these countries: a body filter on a field nested in a list. */
    public static final String EU_FILTER = "{\"shipments\":{\"country\":[\"DE\",\"FR\",\"IT\",\"ES\",\"NL\"]}}";
    /** A poison message is retried this many times before SQS moves it to the dead-letter queue. */
    public static final int MAX_RECEIVE_COUNT = 3;
    public static final int VISIBILITY_TIMEOUT_SECONDS = 30;

    /** The standard fanout's resources. */
    public record Standard(String topicArn, String fulfilment, String fulfilmentDlq, String fraudReview,
                           String euShipping, String analytics) {
    }

    /** The FIFO variant: one queue, each customer's orders in order. */
    public record Fifo(String topicArn, String fulfilment) {
    }

    private final SnsClient sns;
    private final SqsClient sqs;

    public OrderTopology(SnsClient sns, SqsClient sqs) {
        this.sns = sns;
        this.sqs = sqs;
    }

    public Standard create() {
        String topicArn = sns.createTopic(b -> b.name(TOPIC)).topicArn();
        String dlq = queue(FULFILMENT_DLQ, Map.of());
        String redrive = "{\"deadLetterTargetArn\":\"" + arn(dlq) + "\",\"maxReceiveCount\":\"" + MAX_RECEIVE_COUNT + "\"}";
        String fulfilment = queue(FULFILMENT, Map.of(
                QueueAttributeName.REDRIVE_POLICY, redrive,
                QueueAttributeName.VISIBILITY_TIMEOUT, Integer.toString(VISIBILITY_TIMEOUT_SECONDS)));
        String fraud = queue(FRAUD_REVIEW, Map.of());
        String eu = queue(EU_SHIPPING, Map.of());
        String analytics = queue(ANALYTICS, Map.of());

        subscribe(topicArn, fulfilment, Map.of());
        subscribe(topicArn, fraud, Map.of("FilterPolicy", FRAUD_FILTER));
        subscribe(topicArn, eu, Map.of("FilterPolicy", EU_FILTER, "FilterPolicyScope", "MessageBody"));
        // Analytics stores the order as published: no SNS envelope around it.
        subscribe(topicArn, analytics, Map.of("RawMessageDelivery", "true"));
        return new Standard(topicArn, fulfilment, dlq, fraud, eu, analytics);
    }

    public Fifo createFifo() {
        // Deduplication ids are explicit (the order id), so content-based deduplication stays off.
        String topicArn = sns.createTopic(b -> b.name(FIFO_TOPIC).attributes(Map.of("FifoTopic", "true"))).topicArn();
        String fulfilment = queue(FIFO_FULFILMENT, Map.of(QueueAttributeName.FIFO_QUEUE, "true"));
        subscribe(topicArn, fulfilment, Map.of());
        return new Fifo(topicArn, fulfilment);
    }

    private String queue(String name, Map<QueueAttributeName, String> attributes) {
        return sqs.createQueue(b -> b.queueName(name).attributes(attributes)).queueUrl();
    }

    private String arn(String queueUrl) {
        return sqs.getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
    }

    private void subscribe(String topicArn, String queueUrl, Map<String, String> attributes) {
        String queueArn = arn(queueUrl);
        // On AWS a queue accepts SNS deliveries only when its policy allows the topic to send.
        String policy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Principal\":{\"Service\":\"sns.amazonaws.com\"},\"Action\":\"sqs:SendMessage\","
                + "\"Resource\":\"" + queueArn + "\",\"Condition\":{\"ArnEquals\":{\"aws:SourceArn\":\"" + topicArn + "\"}}}]}";
        sqs.setQueueAttributes(b -> b.queueUrl(queueUrl).attributes(Map.of(QueueAttributeName.POLICY, policy)));
        sns.subscribe(b -> b.topicArn(topicArn).protocol("sqs").endpoint(queueArn).attributes(attributes)
                .returnSubscriptionArn(true));
    }
}
