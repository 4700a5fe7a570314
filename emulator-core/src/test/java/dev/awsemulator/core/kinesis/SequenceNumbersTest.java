package dev.awsemulator.core.kinesis;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class SequenceNumbersTest {

    @Test
    void formattedNumbersAreTheDecimalsOfTheLayout() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 2_000; i++) {
            long createSecs = random.nextLong(1L << 40);
            int shardIndex = random.nextInt();
            long counter = i % 2 == 0 ? random.nextLong(1L << 20) : random.nextLong();
            long recordSecs = random.nextLong(1L << 40);

            assertThat(SequenceNumbers.format(createSecs, shardIndex, counter, recordSecs))
                    .isEqualTo(SequenceNumbers.of(createSecs, shardIndex, counter, recordSecs).toString());
        }
    }

    @Test
    void extremesFormatLikeBigInteger() {
        for (long counter : new long[] {0, 1, -1, Long.MAX_VALUE, Long.MIN_VALUE}) {
            assertThat(SequenceNumbers.format(0, 0, counter, 0)).isEqualTo(SequenceNumbers.of(0, 0, counter, 0).toString());
            assertThat(SequenceNumbers.format(-1, -1, counter, -1))
                    .isEqualTo(SequenceNumbers.of(-1, -1, counter, -1).toString());
        }
    }

    @Test
    void aShardsWriterAnswersTheSameTextRecordAfterRecord() {
        SplittableRandom random = new SplittableRandom(11);
        long createSecs = 1_764_050_000L;
        SequenceNumberWriter writer = new SequenceNumberWriter(createSecs, 5);
        long counter = 1;
        long secs = createSecs;
        for (int i = 0; i < 20_000; i++) {
            counter += random.nextInt(50) == 0 ? 1 + random.nextInt(1_000) : 1;
            secs += random.nextInt(100) == 0 ? 1 : 0;
            if (i == 10_000) {
                counter = -3;
            }

            assertThat(writer.format(counter, secs)).isEqualTo(SequenceNumbers.of(createSecs, 5, counter, secs).toString());
        }
    }
}
