package dev.awsemulator.server.sqs;

import dev.awsemulator.server.testsupport.Wire;

/** {@link FaultBehaviour} over AWS JSON 1.0 (SDK v2). */
class FaultsOverJsonTest extends FaultBehaviour {

    @Override
    Wire wire() {
        return Wire.JSON;
    }
}
