package dev.awsemulator.server.robustness;

import dev.awsemulator.server.EmulatorServer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients that connect and say nothing, or trickle a request head byte by byte, hold no server
 * thread: SDK calls are served meanwhile, and the server closes a head that takes too long.
 */
class SlowClientsTest {

    private static final int IDLE_CONNECTIONS = 300;
    private static final int TRICKLING_CONNECTIONS = 20;

    @Test
    void idleAndTricklingConnectionsDoNotStarveOtherClients() throws Exception {
        List<Socket> sockets = new ArrayList<>();
        try (EmulatorServer server = EmulatorServer.builder().port(0).requestParseTimeout(Duration.ofSeconds(1))
                .start(); SqsClient sqs = sqs(server)) {
            for (int i = 0; i < IDLE_CONNECTIONS; i++) {
                sockets.add(connect(server));
            }
            List<Socket> trickling = new ArrayList<>();
            for (int i = 0; i < TRICKLING_CONNECTIONS; i++) {
                Socket socket = connect(server);
                socket.getOutputStream().write("POST / HTTP/1.1\r\nHost: x\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
                trickling.add(socket);
            }
            sockets.addAll(trickling);

            String url = sqs.createQueue(b -> b.queueName("served")).queueUrl();
            for (int i = 0; i < 20; i++) {
                trickle(trickling);
                int n = i;
                sqs.sendMessage(b -> b.queueUrl(url).messageBody("message " + n));
            }
            assertThat(sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNamesWithStrings("ApproximateNumberOfMessages"))
                    .attributesAsStrings()).containsEntry("ApproximateNumberOfMessages", "20");

            for (Socket socket : trickling) {
                assertThat(closedByServer(socket)).as("a head trickled past the parse timeout is cut off").isTrue();
            }
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }

    private static void trickle(List<Socket> sockets) {
        for (Socket socket : sockets) {
            try {
                socket.getOutputStream().write('x');
            } catch (IOException e) {
                // already cut off by the server: that is the point
            }
        }
    }

    /** Keeps trickling until the server hangs up; false if it still listens after 20 seconds. */
    private static boolean closedByServer(Socket socket) throws IOException {
        socket.setSoTimeout(200);
        InputStream in = socket.getInputStream();
        OutputStream out = socket.getOutputStream();
        for (int attempt = 0; attempt < 100; attempt++) {
            try {
                out.write('x');
                if (in.read() < 0) {
                    return true;
                }
            } catch (SocketTimeoutException e) {
                // nothing yet: trickle on
            } catch (IOException e) {
                return true; // reset by the server
            }
        }
        return false;
    }

    private static Socket connect(EmulatorServer server) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
        return socket;
    }

    private static SqsClient sqs(EmulatorServer server) {
        return SqsClient.builder().endpointOverride(server.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("k", "s")))
                .httpClientBuilder(Apache5HttpClient.builder())
                .overrideConfiguration(o -> o.apiCallTimeout(Duration.ofSeconds(20))).build();
    }
}
