package dev.awsemulator.mq.rabbitmq;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Rewrites the arguments of AMQP 0-9-1 {@code queue.declare} methods from RabbitMQ's names to the ones
 * Qpid Broker-J understands, so applications written for RabbitMQ declare their queues unchanged:
 * {@code x-dead-letter-exchange} becomes Qpid's alternate exchange, {@code x-max-priority} its priority
 * levels, {@code x-message-ttl} its maximum message time to live, {@code x-max-length} its maximum depth
 * with the oldest messages dropped first (RabbitMQ's default overflow). RabbitMQ-only arguments with no
 * counterpart ({@code x-queue-type}, {@code x-dead-letter-routing-key}, {@code x-expires}) are dropped.
 * Every queue also gets Qpid's maximum delivery attempts of 1: Qpid dead-letters a message rejected
 * without requeue only past that count (and requeues it otherwise), where RabbitMQ dead-letters it at
 * once, or drops it when the queue has no dead-letter exchange. Every other argument, and every other
 * frame, passes as it is.
 */
final class QueueArguments {

    static final int QUEUE_CLASS = 50;
    static final int DECLARE_METHOD = 10;

    /** RabbitMQ's argument name to Qpid's. */
    private static final Map<String, String> RENAMED = Map.of(
            "x-dead-letter-exchange", "alternateExchange",
            "x-max-priority", "x-qpid-priorities",
            "x-message-ttl", "maximumMessageTtl",
            "x-max-length", "maximumQueueDepthMessages");
    private static final java.util.Set<String> DROPPED = java.util.Set.of("x-queue-type",
            "x-dead-letter-routing-key", "x-expires", "x-overflow", "x-queue-mode");

    private QueueArguments() {
    }

    /** The payload of a method frame, rewritten if it is a {@code queue.declare}. */
    static byte[] rewrite(byte[] payload) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(payload));
        if (payload.length < 4 || in.readUnsignedShort() != QUEUE_CLASS || in.readUnsignedShort() != DECLARE_METHOD) {
            return payload;
        }
        ByteArrayOutputStream rewritten = new ByteArrayOutputStream(payload.length + 32);
        DataOutputStream out = new DataOutputStream(rewritten);
        out.writeShort(QUEUE_CLASS);
        out.writeShort(DECLARE_METHOD);
        out.writeShort(in.readUnsignedShort()); // reserved-1 (ticket)
        byte[] queue = new byte[in.readUnsignedByte()];
        in.readFully(queue);
        out.writeByte(queue.length);
        out.write(queue);
        out.writeByte(in.readUnsignedByte()); // passive, durable, exclusive, auto-delete, no-wait
        byte[] table = new byte[in.readInt()];
        in.readFully(table);
        byte[] arguments = table(table);
        out.writeInt(arguments.length);
        out.write(arguments);
        return rewritten.toByteArray();
    }

    private static byte[] table(byte[] table) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(table));
        ByteArrayOutputStream rewritten = new ByteArrayOutputStream(table.length + 32);
        DataOutputStream out = new DataOutputStream(rewritten);
        boolean bounded = false;
        while (in.available() > 0) {
            byte[] nameBytes = new byte[in.readUnsignedByte()];
            in.readFully(nameBytes);
            String name = new String(nameBytes, StandardCharsets.UTF_8);
            byte[] value = FieldValues.read(in);
            if (DROPPED.contains(name)) {
                continue;
            }
            shortString(out, RENAMED.getOrDefault(name, name));
            out.write(value);
            bounded |= name.equals("x-max-length");
        }
        shortString(out, "maximumDeliveryAttempts");
        out.writeByte('I');
        out.writeInt(1);
        if (bounded) {
            shortString(out, "overflowPolicy");
            FieldValues.longString(out, "RING");
        }
        return rewritten.toByteArray();
    }

    private static void shortString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeByte(bytes.length);
        out.write(bytes);
    }
}
