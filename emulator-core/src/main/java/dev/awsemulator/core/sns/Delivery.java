package dev.awsemulator.core.sns;

/**
 * What happened to one published message at one subscription: the answer to "why did my queue not
 * get it?". Updated as retries happen, so read it again to see the latest state.
 */
public final class Delivery {

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

    private final String subscriptionArn;
    private final String protocol;
    private final String endpoint;
    private volatile Status status;
    private volatile String reason;
    private volatile int attempts;

    Delivery(String subscriptionArn, String protocol, String endpoint, Status status, String reason) {
        this.subscriptionArn = subscriptionArn;
        this.protocol = protocol;
        this.endpoint = endpoint;
        this.status = status;
        this.reason = reason;
    }

    public String subscriptionArn() {
        return subscriptionArn;
    }

    public String protocol() {
        return protocol;
    }

    public String endpoint() {
        return endpoint;
    }

    public Status status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public int attempts() {
        return attempts;
    }

    void attempted() {
        attempts++;
    }

    void update(Status next, String why) {
        status = next;
        reason = why;
    }

    @Override
    public String toString() {
        return protocol + " " + endpoint + ": " + status + (reason == null ? "" : " (" + reason + ")");
    }
}
