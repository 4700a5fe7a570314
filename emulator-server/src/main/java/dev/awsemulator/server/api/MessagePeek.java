package dev.awsemulator.server.api;

import dev.awsemulator.core.common.Caller;

/**
 * Reads a queue's messages without receiving them (LocalStack's {@code /_aws/sqs/messages}): no
 * receipt handle is issued and no visibility or receive count changes. Answers with ReceiveMessage's
 * output, so it is encoded like a receive.
 */
@FunctionalInterface
public interface MessagePeek {

    /** Visible messages, plus those in flight and those delayed when asked for. */
    Object peek(Caller caller, String queueUrl, boolean showInvisible, boolean showDelayed);
}
