package dev.awsemulator.server.sqs;

import dev.awsemulator.server.testsupport.Wire;

/** {@link ErrorBehaviour} over the Query protocol (SDK v1). */
class ErrorsOverQueryTest extends ErrorBehaviour {

    @Override
    Wire wire() {
        return Wire.QUERY;
    }
}
