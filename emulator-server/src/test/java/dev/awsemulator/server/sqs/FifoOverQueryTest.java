package dev.awsemulator.server.sqs;

import dev.awsemulator.server.testsupport.Wire;

/** {@link FifoBehaviour} over the Query protocol (SDK v1). */
class FifoOverQueryTest extends FifoBehaviour {

    @Override
    Wire wire() {
        return Wire.QUERY;
    }
}
