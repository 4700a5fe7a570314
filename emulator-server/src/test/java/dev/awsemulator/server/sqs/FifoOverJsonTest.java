package dev.awsemulator.server.sqs;

import dev.awsemulator.server.testsupport.Wire;

/** {@link FifoBehaviour} over AWS JSON 1.0 (SDK v2). */
class FifoOverJsonTest extends FifoBehaviour {

    @Override
    Wire wire() {
        return Wire.JSON;
    }
}
