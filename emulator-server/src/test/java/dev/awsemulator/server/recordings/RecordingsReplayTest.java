package dev.awsemulator.server.recordings;

import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the replays of each service share: a server emptied before each test and SDK v2 clients in the
 * recordings' account, for one test class after another.
 */
abstract class RecordingsReplayTest {

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension();

    static RecordingClients clients;

    @BeforeAll
    static void clients() {
        clients = new RecordingClients(aws.endpoint());
    }

    @AfterAll
    static void close() {
        clients.close();
    }
}
