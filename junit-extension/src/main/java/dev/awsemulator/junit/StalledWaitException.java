package dev.awsemulator.junit;

/**
 * A synchronous call waited on virtual time that nobody advanced, so the emulator ended its wait: the
 * thread that would advance the clock was the one blocked in the call.
 */
public final class StalledWaitException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    StalledWaitException(String operation) {
        super(operation + " waited " + StalledWaitGuard.LIMIT.toSeconds() + " s of real time on virtual time that "
                + "nobody advanced, so the emulator ended the wait. On virtual time a long poll (WaitTimeSeconds, or "
                + "the queue's ReceiveMessageWaitTimeSeconds) ends only when a message arrives or the clock passes "
                + "its wait, and a synchronous client blocks the thread that would advance the clock. Receive with "
                + "waitTimeSeconds(0), or use the async client: start the receive, wait until "
                + "aws.inspect().waitingReceives(queueName) > 0, then aws.clock().advance(...).");
    }
}
