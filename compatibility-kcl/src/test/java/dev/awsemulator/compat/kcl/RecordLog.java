package dev.awsemulator.compat.kcl;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the record processors of one application handled and checkpointed, batch after batch in the
 * order the checkpoints returned, across all its workers; and the checkpoints that failed, which a
 * correct run never has.
 */
final class RecordLog {

    private final List<Processed> checkpointed = new ArrayList<>();
    private final List<String> checkpointFailures = new ArrayList<>();
    private final List<String> workerFailures = new ArrayList<>();

    synchronized void checkpointed(List<Processed> batch) {
        checkpointed.addAll(batch);
        notifyAll();
    }

    synchronized void checkpointFailed(String shardId, Exception failure) {
        checkpointFailures.add(shardId + ": " + failure);
    }

    /** A worker's scheduler ended with an error: nothing more will be processed by it. */
    synchronized void workerFailed(String workerId, Throwable failure) {
        workerFailures.add(workerId + ": " + failure);
        notifyAll();
    }

    synchronized List<Processed> processed() {
        return List.copyOf(checkpointed);
    }

    synchronized List<String> checkpointFailures() {
        return List.copyOf(checkpointFailures);
    }

    /**
     * Waits until every one of {@code data} has been processed and checkpointed. The KCL runs on real
     * time (lease renewals, shard syncs, polling), so this waits for it, up to a bound generous enough for
     * a loaded machine, and names what is missing if the bound passes.
     */
    synchronized void awaitCheckpointed(Collection<String> data, Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        Set<String> missing = new HashSet<>(data);
        int seen = 0;
        while (true) {
            for (; seen < checkpointed.size(); seen++) {
                missing.remove(checkpointed.get(seen).data());
            }
            long remaining = deadline - System.nanoTime();
            if (missing.isEmpty()) {
                return;
            }
            if (!workerFailures.isEmpty()) {
                throw new AssertionError("a worker failed: " + workerFailures);
            }
            if (remaining <= 0) {
                throw new AssertionError(missing.size() + " of " + data.size() + " records were not processed within "
                        + bound + ", e.g. " + new TreeSet<>(missing).first() + "; checkpoint failures: "
                        + checkpointFailures);
            }
            wait(Math.max(1, remaining / 1_000_000));
        }
    }

    /** One record as a processor received it. */
    record Processed(String worker, String shardId, String partitionKey, String data, String sequenceNumber) {
    }
}
