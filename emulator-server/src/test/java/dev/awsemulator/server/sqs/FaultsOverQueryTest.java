package dev.awsemulator.server.sqs;

import dev.awsemulator.server.testsupport.Wire;

/** {@link FaultBehaviour} over the Query protocol (SDK v1). */
class FaultsOverQueryTest extends FaultBehaviour {

    @Override
    Wire wire() {
        return Wire.QUERY;
    }
}
