package dev.awsemulator.compatibility;

import dev.awsemulator.server.testsupport.DevServerProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.io.IOException;

/**
 * For the libraries built on SDK v2: a fresh dev server per test class, and an SDK v2 client beside the
 * library to set up queues and to check what the library left in them.
 */
abstract class DevServerWithSqsClient {

    static DevServerProcess server;
    static SqsClient sqs;

    @BeforeAll
    static void startServer() throws IOException {
        server = DevServerProcess.start();
        sqs = SqsClients.sqs(server.endpoint());
    }

    @AfterAll
    static void stopServer() throws InterruptedException {
        sqs.close();
        server.stop();
    }
}
