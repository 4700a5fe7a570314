package dev.awsemulator.junit;

/**
 * What happened to one published message at one subscription, when {@link Inspection} was asked: the
 * answer to "why did my queue not get it?". HTTP deliveries are retried, so inspect again to see later states.
 *
 * @param reason why it was filtered out (the rule) or failed; null when it was delivered
 */
public record Delivery(String subscriptionArn, String protocol, String endpoint, Status status, String reason,
                       int attempts) {

    public enum Status {
        /** Handed to the subscriber (an SQS queue took it, an HTTP endpoint answered 2xx). */
        DELIVERED,
        /** The subscription's filter policy did not match; {@link #reason()} names the rule. */
        FILTERED_OUT,
        /** Not delivered yet: an HTTP delivery between retries. */
        PENDING,
        /** The subscriber refused it or retries ran out; {@link #reason()} says why. */
        FAILED,
        /** Sent to the subscription's dead-letter queue after delivery failed. */
        REDRIVEN,
        /** A protocol with nothing to deliver to locally (email, sms, lambda, ...): kept for inspection. */
        RECORDED
    }

    static Delivery of(dev.awsemulator.core.sns.Delivery delivery) {
        return new Delivery(delivery.subscriptionArn(), delivery.protocol(), delivery.endpoint(),
                Status.valueOf(delivery.status().name()), delivery.reason(), delivery.attempts());
    }
}
