package dev.awsemulator.server.sqs;

import dev.awsemulator.server.testsupport.Wire;

/** {@link DeadLetterBehaviour} over AWS JSON 1.0 (SDK v2). */
class DeadLettersOverJsonTest extends DeadLetterBehaviour {

    @Override
    Wire wire() {
        return Wire.JSON;
    }
}
