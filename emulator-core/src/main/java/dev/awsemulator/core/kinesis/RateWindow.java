package dev.awsemulator.core.kinesis;

/**
 * An amount spent within one-second windows of the emulator's clock. Whole seconds rather than a
 * sliding window keep the outcome a pure function of the clock, so tests on a ManualClock are exact.
 * Not thread-safe: its shard's lock guards it.
 */
final class RateWindow {

    private final long limit;
    private long second = Long.MIN_VALUE;
    private long spent;

    RateWindow(long limit) {
        this.limit = limit;
    }

    /** Spends {@code amount} if the current second still has room for all of it. */
    boolean trySpend(long nowMillis, long amount) {
        roll(nowMillis);
        if (spent + amount > limit) {
            return false;
        }
        spent += amount;
        return true;
    }

    /** True while this second's budget is used up; the spending itself is recorded afterwards. */
    boolean exhausted(long nowMillis) {
        roll(nowMillis);
        return spent >= limit;
    }

    void spend(long nowMillis, long amount) {
        roll(nowMillis);
        spent += amount;
    }

    private void roll(long nowMillis) {
        long current = Math.floorDiv(nowMillis, 1000);
        if (current != second) {
            second = current;
            spent = 0;
        }
    }
}
