package dev.awsemulator.server.sqs;

import dev.awsemulator.server.testsupport.Wire;

/** {@link QueueBehaviour} over AWS JSON 1.0 (SDK v2). */
class QueuesOverJsonTest extends QueueBehaviour {

    @Override
    Wire wire() {
        return Wire.JSON;
    }
}
