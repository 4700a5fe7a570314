package dev.awsemulator.compatibility;

import com.amazonaws.SDKGlobalConfiguration;
import org.junit.jupiter.api.AfterAll;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AWS SDK for Java v1 at its latest 1.12 release: SQS over AWS JSON 1.0, each call posted to the
 * queue URL's path; SNS over Query; Kinesis over CBOR, the v1 default.
 */
class JavaSdkV1IT extends ClientScenariosContract {

    private JavaSdkV1Scenarios clients;

    @Override
    protected ClientScenarios client(URI endpoint) {
        assertThat(SDKGlobalConfiguration.isCborDisabled()).as("Kinesis runs over CBOR, the v1 default").isFalse();
        clients = new JavaSdkV1Scenarios(endpoint.toString());
        return clients;
    }

    @AfterAll
    void closeClients() {
        clients.close();
    }
}
