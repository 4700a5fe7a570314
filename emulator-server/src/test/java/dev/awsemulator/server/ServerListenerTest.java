package dev.awsemulator.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The listener is made while the services are bound: a start that fails, before binding or at it, ends the
 * listener's threads, so that an embedding JVM keeps none of them.
 */
class ServerListenerTest {

    private static final long THREAD_END_MILLIS = 10_000;

    @Test
    void aBusyPortFailsTheStartSayingWhichAndEndsTheListenersThreads() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = busy.getLocalPort();

            assertThatThrownBy(() -> EmulatorServer.builder().host("127.0.0.1").port(port).start())
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessage("cannot listen on 127.0.0.1:" + port);
        }

        assertThat(listenerThreadsStillAliveSince(before)).isEmpty();
    }

    @Test
    void aServerThatCannotBeMadeEndsTheListenerItBegan(@TempDir Path directory) throws Exception {
        Path notADirectory = Files.createFile(directory.resolve("a-file"));
        Set<Thread> before = Thread.getAllStackTraces().keySet();

        assertThatThrownBy(() -> EmulatorServer.builder().port(0).dataDir(notADirectory).start())
                .isInstanceOf(RuntimeException.class);

        assertThat(listenerThreadsStillAliveSince(before)).isEmpty();
    }

    @Test
    void aBuilderStartedAgainListensAgainEvenWhenItsFirstListenerWasPreparedEarly() throws Exception {
        EmulatorServer.Builder builder = EmulatorServer.builder().port(0).prepareListener();

        try (EmulatorServer first = builder.start()) {
            assertThat(listQueuesStatus(first)).isEqualTo(200);
        }
        try (EmulatorServer second = builder.start()) {
            assertThat(listQueuesStatus(second)).isEqualTo(200);
        }
    }

    private static int listQueuesStatus(EmulatorServer server) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return http.send(HttpRequest.newBuilder(server.endpoint().resolve("/?Action=ListQueues")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /**
     * The listener's threads that were not there before (its preparation's, then XNIO's), each given time to
     * end; the names of those that did not.
     */
    private static Set<String> listenerThreadsStillAliveSince(Set<Thread> before) throws InterruptedException {
        for (Thread preparation : newThreads(before, "http-listener-preparation")) {
            preparation.join(THREAD_END_MILLIS);
        }
        Set<Thread> started = newThreads(before, "XNIO-");
        for (Thread thread : started) {
            thread.join(THREAD_END_MILLIS);
        }
        return started.stream().filter(Thread::isAlive).map(Thread::getName).collect(Collectors.toSet());
    }

    private static Set<Thread> newThreads(Set<Thread> before, String namePrefix) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !before.contains(thread) && thread.getName().startsWith(namePrefix))
                .collect(Collectors.toSet());
    }
}
