package dev.awsemulator.mq.rabbitmq;

import com.rabbitmq.client.LongString;
import com.rabbitmq.client.impl.ValueReader;
import com.rabbitmq.client.impl.ValueWriter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** queue.declare arguments encoded by the RabbitMQ client, renamed for Qpid and decoded the same way. */
class QueueArgumentsTest {

    @Test
    void rabbitMqArgumentsBecomeQpidOnesAndTheOthersPassAsTheyAre() throws IOException {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("x-dead-letter-exchange", "dlx");
        arguments.put("x-queue-type", "quorum");
        arguments.put("x-max-length", 10);
        arguments.put("x-single-active-consumer", true);

        Map<String, Object> rewritten = arguments(QueueArguments.rewrite(declare("orders", arguments)));

        assertThat(rewritten).containsOnlyKeys("alternateExchange", "maximumQueueDepthMessages",
                "x-single-active-consumer", "maximumDeliveryAttempts", "overflowPolicy");
        assertThat(rewritten.get("alternateExchange").toString()).isEqualTo("dlx");
        assertThat(rewritten.get("maximumQueueDepthMessages")).isEqualTo(10);
        assertThat(rewritten.get("overflowPolicy").toString()).isEqualTo("RING");
        assertThat(rewritten.get("maximumDeliveryAttempts")).isEqualTo(1);
        assertThat(rewritten.get("x-single-active-consumer")).isEqualTo(true);
    }

    @Test
    void otherMethodsPassUntouched() throws IOException {
        byte[] publish = {0, 60, 0, 40, 0, 0, 0, 0, 0};
        assertThat(QueueArguments.rewrite(publish)).isSameAs(publish);
    }

    private static byte[] declare(String queue, Map<String, Object> arguments) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeShort(QueueArguments.QUEUE_CLASS);
        out.writeShort(QueueArguments.DECLARE_METHOD);
        out.writeShort(0);
        ValueWriter writer = new ValueWriter(out);
        writer.writeShortstr(queue);
        writer.writeOctet(2);
        writer.writeTable(arguments);
        return bytes.toByteArray();
    }

    private static Map<String, Object> arguments(byte[] payload) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
        in.skipBytes(6);
        ValueReader reader = new ValueReader(in);
        assertThat(reader.readShortstr()).isEqualTo("orders");
        assertThat(reader.readOctet()).isEqualTo(2);
        Map<String, Object> table = reader.readTable();
        table.replaceAll((name, value) -> value instanceof LongString text ? text.toString() : value);
        return table;
    }
}
