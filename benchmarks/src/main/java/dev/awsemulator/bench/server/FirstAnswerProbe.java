package dev.awsemulator.bench.server;

import dev.awsemulator.bench.Service;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Asks a server for SQS ListQueues (AWS JSON 1.0, as SDK v2 sends it) or, of a Kinesis-only server,
 * Kinesis ListStreams (AWS JSON 1.1) over a bare socket, and tells whether it answered 200. A bare
 * socket keeps the client's own warm-up out of start-up timings.
 */
public final class FirstAnswerProbe {

    private static final String BODY = "{}";

    private FirstAnswerProbe() {
    }

    public static boolean answers(int port, Service service) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(FreePort.LOOPBACK, port), 500);
            socket.setSoTimeout(2_000);
            socket.getOutputStream().write(request(port, service));
            return statusLine(socket.getInputStream()).startsWith("HTTP/1.1 200");
        } catch (IOException e) {
            return false;
        }
    }

    private static byte[] request(int port, Service service) {
        boolean kinesis = service == Service.KINESIS;
        String request = "POST / HTTP/1.1\r\n"
                + "Host: " + FreePort.LOOPBACK + ":" + port + "\r\n"
                + "Content-Type: application/x-amz-json-" + (kinesis ? "1.1" : "1.0") + "\r\n"
                + "X-Amz-Target: " + (kinesis ? "Kinesis_20131202.ListStreams" : "AmazonSQS.ListQueues") + "\r\n"
                + "X-Amz-Date: 20260101T000000Z\r\n"
                + "Authorization: AWS4-HMAC-SHA256 Credential=test/20260101/us-east-1/"
                + (kinesis ? "kinesis" : "sqs") + "/aws4_request, "
                + "SignedHeaders=host;x-amz-date, Signature=0\r\n"
                + "Content-Length: " + BODY.length() + "\r\n"
                + "Connection: close\r\n\r\n"
                + BODY;
        return request.getBytes(StandardCharsets.US_ASCII);
    }

    private static String statusLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\r' && c != '\n'; c = in.read()) {
            line.append((char) c);
        }
        return line.toString();
    }
}
