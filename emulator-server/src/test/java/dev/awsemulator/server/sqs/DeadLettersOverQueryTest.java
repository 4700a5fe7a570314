package dev.awsemulator.server.sqs;

import dev.awsemulator.server.testsupport.Wire;

/** {@link DeadLetterBehaviour} over the Query protocol (SDK v1). */
class DeadLettersOverQueryTest extends DeadLetterBehaviour {

    @Override
    Wire wire() {
        return Wire.QUERY;
    }
}
