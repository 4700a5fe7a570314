package dev.awsemulator.bench.jmh;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The JMH benchmark bodies do what they claim, once, without JMH. */
class EngineBenchmarksTest {

    @Test
    void sendReceiveDeleteEmptiesTheQueueEachTime() {
        SqsEngineBenchmark benchmark = new SqsEngineBenchmark();
        benchmark.setUp();
        try {
            String first = benchmark.sendReceiveDelete();
            String second = benchmark.sendReceiveDelete();
            assertThat(second).isNotEqualTo(first);
        } finally {
            benchmark.tearDown();
        }
    }

    @Test
    void putRecordsStoresEveryRecordOfTheCall() {
        KinesisEngineBenchmark benchmark = new KinesisEngineBenchmark();
        benchmark.setUp();
        try {
            assertThat(benchmark.putRecords()).isZero();
            assertThat(benchmark.putRecords()).isZero();
        } finally {
            benchmark.tearDown();
        }
    }
}
