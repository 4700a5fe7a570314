package dev.awsemulator.core.sqs;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The digest benchmarks compute real MD5s. */
class MessageDigestsBenchmarkTest {

    @Test
    void digestsAreHexMd5s() {
        MessageDigestsBenchmark benchmark = new MessageDigestsBenchmark();
        assertThat(benchmark.md5OfBody()).matches("[0-9a-f]{32}");
        assertThat(benchmark.md5OfAttributes()).matches("[0-9a-f]{32}");
    }
}
