package dev.awsemulator.core.kinesis;

/**
 * A shard's provisioned throughput (per second: writes 1 MiB and 1,000 records, reads 5 calls and
 * 2 MiB; after a GetRecords that returned 10 MiB, reads fail for 5 s). Not thread-safe: its shard's
 * lock guards it.
 */
final class ShardThrottle {

    static final long MIB = 1024 * 1024;
    private static final long BIG_READ_BYTES = 10 * MIB;
    private static final long BIG_READ_PENALTY_MILLIS = 5_000;

    private final RateWindow writeBytes = new RateWindow(MIB);
    private final RateWindow writeRecords = new RateWindow(1_000);
    private final RateWindow readCalls = new RateWindow(5);
    private final RateWindow readBytes = new RateWindow(2 * MIB);
    private long bigReadAt = Long.MIN_VALUE / 2; // far enough back that the subtraction cannot overflow

    /** Admits one record of {@code size} bytes, or refuses it without spending anything. */
    boolean admitWrite(long nowMillis, long size) {
        if (writeRecords.exhausted(nowMillis) || !writeBytes.trySpend(nowMillis, size)) {
            return false;
        }
        writeRecords.spend(nowMillis, 1);
        return true;
    }

    /** Admits one GetRecords call; its bytes are reported afterwards through {@link #recordRead}. */
    boolean admitRead(long nowMillis) {
        if (nowMillis - bigReadAt < BIG_READ_PENALTY_MILLIS || readBytes.exhausted(nowMillis)) {
            return false;
        }
        return readCalls.trySpend(nowMillis, 1);
    }

    void recordRead(long nowMillis, long bytes) {
        readBytes.spend(nowMillis, bytes);
        if (bytes >= BIG_READ_BYTES) {
            bigReadAt = nowMillis;
        }
    }
}
