package dev.awsemulator.core.sns;

/**
 * SNS's account quotas, AWS's defaults unless raised.
 *
 * @param maxTopics     standard topics per account and region (AWS: 100,000)
 * @param maxFifoTopics FIFO topics per account and region (AWS: 1,000)
 */
public record SnsOptions(int maxTopics, int maxFifoTopics) {

    public static final SnsOptions DEFAULTS = new SnsOptions(100_000, 1_000);

    public SnsOptions {
        if (maxTopics < 0 || maxFifoTopics < 0) {
            throw new IllegalArgumentException("topic quotas must not be negative: " + maxTopics + ", " + maxFifoTopics);
        }
    }
}
