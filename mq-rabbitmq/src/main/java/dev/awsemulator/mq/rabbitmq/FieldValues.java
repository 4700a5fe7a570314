package dev.awsemulator.mq.rabbitmq;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** AMQP 0-9-1 field values (as RabbitMQ encodes them), read whole with their type octet. */
final class FieldValues {

    private FieldValues() {
    }

    /** The next field value, type octet included, as raw bytes. */
    static byte[] read(DataInputStream in) throws IOException {
        int type = in.readUnsignedByte();
        int length = switch (type) {
            case 't', 'b', 'B' -> 1;
            case 's', 'u' -> 2;
            case 'I', 'i', 'f' -> 4;
            case 'l', 'd', 'T' -> 8;
            case 'D' -> 5;
            case 'V' -> 0;
            case 'S', 'A', 'F', 'x' -> -1;
            default -> throw new IOException("unknown AMQP field type " + (char) type);
        };
        byte[] value;
        if (length >= 0) {
            value = new byte[1 + length];
            in.readFully(value, 1, length);
        } else {
            int size = in.readInt();
            value = new byte[5 + size];
            value[1] = (byte) (size >>> 24);
            value[2] = (byte) (size >>> 16);
            value[3] = (byte) (size >>> 8);
            value[4] = (byte) size;
            in.readFully(value, 5, size);
        }
        value[0] = (byte) type;
        return value;
    }

    static void longString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeByte('S');
        out.writeInt(bytes.length);
        out.write(bytes);
    }
}
