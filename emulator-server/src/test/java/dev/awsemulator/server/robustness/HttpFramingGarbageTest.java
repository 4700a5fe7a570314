package dev.awsemulator.server.robustness;

import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bytes that are not HTTP, sent on a raw socket: the server answers with a 4xx or hangs up, never a
 * 5xx, and keeps serving SDK calls.
 */
class HttpFramingGarbageTest {

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension();

    @ParameterizedTest
    @ValueSource(strings = {
        "GARBAGE\r\n\r\n",
        "POST / HTTP/9.9\r\nHost: x\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: x\r\nBad Header Line\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nZZZ\r\nabc\r\n0\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
        "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n\u0000\u0000\u0004\u0004\u0000\u0000\u0000\u0000\u0000garbage",
        "POST / HTTP/1.1\r\nHost: x\r\nX-Amz-Target: AmazonSQS.ListQueues\r\nContent-Type: application/x-amz-json-1.0\r\nContent-Length: 3\r\n\r\n\u00ff\u00fe\u0000",
        "HUGE_HEADER"
    })
    void garbageIsRefusedWithoutA5xxAndTheServerStaysUp(String garbage) throws IOException {
        byte[] bytes = garbage.equals("HUGE_HEADER")
                ? ("POST / HTTP/1.1\r\nHost: x\r\nX-Big: " + "x".repeat(2 * 1024 * 1024) + "\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1)
                : garbage.getBytes(StandardCharsets.ISO_8859_1);

        String answer = send(bytes);

        if (answer.startsWith("HTTP/1.1 ")) {
            int status = Integer.parseInt(answer.substring(9, 12));
            assertThat(status).as(answer).isBetween(200, 499);
        }
        assertThat(aws.sqs().createQueue(b -> b.queueName("still-serving")).queueUrl()).endsWith("/still-serving");
    }

    /** What the server answers before it hangs up, or "" if it only hangs up. */
    private static String send(byte[] bytes) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", aws.server().port()), 5_000);
            socket.setSoTimeout(10_000);
            try {
                socket.getOutputStream().write(bytes);
                socket.shutdownOutput();
            } catch (SocketException e) {
                // the server hung up while we were still writing: a refusal
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try (InputStream in = socket.getInputStream()) {
                byte[] buffer = new byte[8192];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                }
            } catch (SocketException e) {
                // reset by the server: a refusal
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
