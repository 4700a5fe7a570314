package dev.awsemulator.server.http;

import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.SdkBytes;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client's GOAWAY ends no stream it already opened (RFC 9113 §6.8). The JavaScript SDK v3 sends one
 * right after the headers of every Kinesis response, {@code SubscribeToShard} included, and keeps
 * reading the event stream. This test speaks HTTP/2 by hand, as that client does: prior knowledge,
 * the subscription, then GOAWAY and a PING whose answer proves the server has read the GOAWAY; a
 * record put afterwards through SDK v2 must still arrive on the subscription.
 */
class ClientGoAwayTest {

    private static final int DATA = 0x0;
    private static final int HEADERS = 0x1;
    private static final int RST_STREAM = 0x3;
    private static final int SETTINGS = 0x4;
    private static final int PING = 0x6;
    private static final int GOAWAY = 0x7;
    private static final int END_STREAM = 0x1;
    private static final int ACK = 0x1;
    private static final int END_HEADERS = 0x4;
    private static final int STREAM = 1;
    private static final byte[] PREFACE = "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension();

    @Test
    void subscriptionKeepsDeliveringAfterTheClientsGoAway() throws Exception {
        String consumerArn = consumer("after-goaway");
        try (Socket socket = new Socket(aws.endpoint().getHost(), aws.endpoint().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            out.write(PREFACE);
            frame(out, SETTINGS, 0, 0, new byte[0]);
            byte[] body = ("{\"ConsumerARN\":\"" + consumerArn + "\",\"ShardId\":\"shardId-000000000000\","
                    + "\"StartingPosition\":{\"Type\":\"LATEST\"}}").getBytes(StandardCharsets.UTF_8);
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put(":method", "POST");
            headers.put(":scheme", "http");
            headers.put(":path", "/");
            headers.put(":authority", aws.endpoint().getAuthority());
            headers.put("content-type", "application/x-amz-json-1.1");
            headers.put("x-amz-target", "Kinesis_20131202.SubscribeToShard");
            headers.put("content-length", Integer.toString(body.length));
            frame(out, HEADERS, END_HEADERS, STREAM, literalHeaders(headers));
            frame(out, DATA, END_STREAM, STREAM, body);
            await(in, out, HEADERS);

            frame(out, GOAWAY, 0, 0, ByteBuffer.allocate(8).putInt(0).putInt(0).array());
            frame(out, PING, 0, 0, new byte[8]);
            await(in, out, PING);
            aws.kinesis().putRecord(b -> b.streamName("after-goaway").partitionKey("k")
                    .data(SdkBytes.fromUtf8String("still streaming")));

            String expected = Base64.getEncoder().encodeToString("still streaming".getBytes(StandardCharsets.UTF_8));
            ByteArrayOutputStream events = new ByteArrayOutputStream();
            while (!events.toString(StandardCharsets.ISO_8859_1).contains(expected)) {
                events.write(await(in, out, DATA));
            }
        }
    }

    private static String consumer(String stream) throws Exception {
        aws.kinesis().createStream(b -> b.streamName(stream).shardCount(1));
        String streamArn = aws.kinesis().describeStreamSummary(b -> b.streamName(stream)).streamDescriptionSummary()
                .streamARN();
        String consumerArn = aws.kinesis().registerStreamConsumer(b -> b.streamARN(streamArn).consumerName("reader"))
                .consumer().consumerARN();
        aws.advance(Duration.ofSeconds(1));
        return consumerArn;
    }

    /**
     * Reads frames until one of {@code type} arrives (a PING answer, or one on the subscription's
     * stream) and returns its payload; acknowledges the server's settings on the way. A reset of the
     * subscription, or the connection closing, fails the test.
     */
    private static byte[] await(DataInputStream in, OutputStream out, int type) throws IOException {
        while (true) {
            int length;
            try {
                length = in.readUnsignedShort() << 8 | in.readUnsignedByte();
            } catch (EOFException e) {
                throw new AssertionError("the server closed the connection", e);
            }
            int frameType = in.readUnsignedByte();
            int flags = in.readUnsignedByte();
            int stream = in.readInt() & 0x7fffffff;
            byte[] payload = in.readNBytes(length);
            assertThat(frameType == RST_STREAM && stream == STREAM).as("the subscription was reset").isFalse();
            assertThat(frameType).as("the server went away").isNotEqualTo(GOAWAY);
            if (frameType == SETTINGS && (flags & ACK) == 0) {
                frame(out, SETTINGS, ACK, 0, new byte[0]);
            }
            boolean pingAnswer = frameType == PING && (flags & ACK) != 0;
            if (frameType == type && (type == PING ? pingAnswer : stream == STREAM)) {
                return payload;
            }
        }
    }

    private static void frame(OutputStream out, int type, int flags, int stream, byte[] payload) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(9);
        header.put((byte) (payload.length >>> 16)).put((byte) (payload.length >>> 8)).put((byte) payload.length)
                .put((byte) type).put((byte) flags).putInt(stream);
        out.write(header.array());
        out.write(payload);
        out.flush();
    }

    /** HPACK "literal header field without indexing, new name", no Huffman coding (RFC 7541 §6.2.2). */
    private static byte[] literalHeaders(Map<String, String> headers) {
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        headers.forEach((name, value) -> {
            block.write(0);
            string(block, name);
            string(block, value);
        });
        return block.toByteArray();
    }

    private static void string(ByteArrayOutputStream block, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int length = bytes.length;
        if (length < 127) {
            block.write(length);
        } else {
            block.write(127);
            for (length -= 127; length >= 128; length >>>= 7) {
                block.write(length & 0x7f | 0x80);
            }
            block.write(length);
        }
        block.writeBytes(bytes);
    }
}
