package dev.awsemulator.spring.brokers;

import org.junit.jupiter.api.Test;

/**
 * The second class on the shared context: whichever of the two runs later starts after a reset that re-created the
 * cluster and the brokers, and its listeners and templates still reach them.
 */
class MessagingAfterResetTest extends MessagingTest {

    @Test
    void listenersStillReceiveWhatTheTemplatesSend() throws Exception {
        roundTripThroughEveryBroker();
    }
}
