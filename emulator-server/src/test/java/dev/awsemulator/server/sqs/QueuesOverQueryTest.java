package dev.awsemulator.server.sqs;

import dev.awsemulator.server.testsupport.Wire;

/** {@link QueueBehaviour} over the Query protocol (SDK v1). */
class QueuesOverQueryTest extends QueueBehaviour {

    @Override
    Wire wire() {
        return Wire.QUERY;
    }
}
