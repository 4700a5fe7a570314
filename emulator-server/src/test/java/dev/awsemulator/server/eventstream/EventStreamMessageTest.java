package dev.awsemulator.server.eventstream;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;

class EventStreamMessageTest {

    @Test
    void initialResponseMatchesTheFrameTheSdkDecodes() {
        ByteBuffer frame = EventStreamMessage.event("initial-response", "{}".getBytes(StandardCharsets.UTF_8));

        // PROTOCOL.md §5.1: the 104-byte frame verified against SDK v2 2.40.2.
        assertThat(hex(frame)).isEqualTo("00000068" + "00000056" + "4e681724"
                + "0b3a6576656e742d74797065" + "07" + "0010" + "696e697469616c2d726573706f6e7365"
                + "0d3a636f6e74656e742d74797065" + "07" + "0010" + "6170706c69636174696f6e2f6a736f6e"
                + "0d3a6d6573736167652d74797065" + "07" + "0005" + "6576656e74"
                + "7b7d" + "d591c62b");
    }

    @Test
    void exceptionFramesCarryTheTypeAndValidChecksums() {
        byte[] payload = "{\"message\":\"busy\"}".getBytes(StandardCharsets.UTF_8);
        ByteBuffer frame = EventStreamMessage.exception("ResourceInUseException", payload);

        byte[] bytes = frame.array();
        int total = frame.getInt(0);
        int headers = frame.getInt(4);
        assertThat(total).isEqualTo(bytes.length).isEqualTo(16 + headers + payload.length);
        assertThat(Integer.toUnsignedLong(frame.getInt(8))).isEqualTo(crc(bytes, 8));
        assertThat(Integer.toUnsignedLong(frame.getInt(total - 4))).isEqualTo(crc(bytes, total - 4));
        assertThat(new String(bytes, 12, headers, StandardCharsets.UTF_8))
                .contains(":exception-type").contains("ResourceInUseException").contains("exception");
        assertThat(new String(bytes, 12 + headers, payload.length, StandardCharsets.UTF_8))
                .isEqualTo("{\"message\":\"busy\"}");
    }

    private static long crc(byte[] bytes, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, length);
        return crc.getValue();
    }

    private static String hex(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
