package dev.awsemulator.core.kinesis;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecordLogTest {

    private final RecordLog log = new RecordLog();

    private void append(long counter, String key, int dataBytes) {
        byte[] data = new byte[dataBytes];
        data[0] = (byte) counter;
        data[dataBytes - 1] = (byte) (counter >> 8);
        log.append(counter, counter * 10, key.getBytes(StandardCharsets.UTF_8), data);
    }

    private List<Long> counters() {
        List<Long> counters = new ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            counters.add(log.counter(i));
        }
        return counters;
    }

    @Test
    void keepsEveryRecordAcrossChunksAndGrownArrays() {
        for (long counter = 1; counter <= 5_000; counter++) {
            append(counter, "key-" + counter + "-é", 2 + (int) (counter % 700));
        }

        assertThat(log.size()).isEqualTo(5_000);
        for (int i = 0; i < log.size(); i++) {
            long counter = i + 1;
            assertThat(log.counter(i)).isEqualTo(counter);
            assertThat(log.arrivalNanos(i)).isEqualTo(counter * 10);
            assertThat(log.partitionKey(i)).isEqualTo("key-" + counter + "-é");
            byte[] data = log.data(i);
            assertThat(data).hasSize(2 + (int) (counter % 700));
            assertThat(data[0]).isEqualTo((byte) counter);
            assertThat(data[data.length - 1]).isEqualTo((byte) (counter >> 8));
            assertThat(log.bytes(i)).isEqualTo(data.length + log.partitionKey(i).getBytes(StandardCharsets.UTF_8).length);
        }
    }

    @Test
    void droppingAnswersTheBytesAndKeepsTheRestReadable() {
        for (long counter = 1; counter <= 3_000; counter++) {
            append(counter, "k", 999);
        }

        assertThat(log.dropOldest(2_000)).isEqualTo(2_000 * 1_000L);
        for (long counter = 3_001; counter <= 4_000; counter++) {
            append(counter, "k", 999);
        }

        assertThat(counters()).hasSize(2_000).startsWith(2_001L).endsWith(4_000L);
        assertThat(log.data(0)[0]).isEqualTo((byte) 2_001);
        assertThat(log.dropOldest(2_000)).isEqualTo(2_000 * 1_000L);
        assertThat(log.isEmpty()).isTrue();
        append(4_001, "again", 10);
        assertThat(counters()).containsExactly(4_001L);
        assertThat(log.partitionKey(0)).isEqualTo("again");
    }

    @Test
    void aRecordLargerThanAChunkGetsItsOwn() {
        append(1, "small", 10);
        append(2, "large", 3 * 1024 * 1024);
        append(3, "after", 10);

        assertThat(log.data(1)).hasSize(3 * 1024 * 1024);
        assertThat(log.partitionKey(2)).isEqualTo("after");
        assertThat(log.dropOldest(2)).isEqualTo(15 + 3 * 1024 * 1024 + 5);
        assertThat(log.partitionKey(0)).isEqualTo("after");
    }
}
