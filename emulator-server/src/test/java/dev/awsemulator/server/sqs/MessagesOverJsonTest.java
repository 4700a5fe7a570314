package dev.awsemulator.server.sqs;

import dev.awsemulator.server.testsupport.Wire;

/** {@link MessageBehaviour} over AWS JSON 1.0 (SDK v2). */
class MessagesOverJsonTest extends MessageBehaviour {

    @Override
    Wire wire() {
        return Wire.JSON;
    }
}
