package dev.awsemulator.spring;

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageRequest;

/** The SQS part of {@link EmulatorInterceptor}, loaded only when the SQS module is on the classpath. */
final class ShortPolls {

    private ShortPolls() {
    }

    /** A receive that answers at once: a stopping container's last poll must not hold its shutdown. */
    static SdkRequest withoutWait(SdkRequest request) {
        return request instanceof ReceiveMessageRequest receive ? receive.toBuilder().waitTimeSeconds(0).build() : request;
    }
}
