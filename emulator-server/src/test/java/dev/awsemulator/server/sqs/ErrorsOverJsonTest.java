package dev.awsemulator.server.sqs;

import dev.awsemulator.server.testsupport.Wire;

/** {@link ErrorBehaviour} over AWS JSON 1.0 (SDK v2). */
class ErrorsOverJsonTest extends ErrorBehaviour {

    @Override
    Wire wire() {
        return Wire.JSON;
    }
}
