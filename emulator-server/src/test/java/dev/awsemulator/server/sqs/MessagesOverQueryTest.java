package dev.awsemulator.server.sqs;

import dev.awsemulator.server.testsupport.Wire;

/** {@link MessageBehaviour} over the Query protocol (SDK v1). */
class MessagesOverQueryTest extends MessageBehaviour {

    @Override
    Wire wire() {
        return Wire.QUERY;
    }
}
