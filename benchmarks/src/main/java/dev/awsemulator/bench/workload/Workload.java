package dev.awsemulator.bench.workload;

import dev.awsemulator.bench.Service;

/**
 * One scenario, run against one target at a time. Each run starts its own server process, checks
 * that nothing was lost, and measures. SNS and Kinesis workloads implement this too.
 */
public interface Workload {

    /** A stable key, used by goals and in file names. */
    String name();

    /** What it does, with its sizes, for the results file. */
    String title();

    Service service();

    /** How many rounds to run, the targets taking turns; each round starts a fresh server. */
    default int rounds() {
        return 1;
    }

    /**
     * Whether this JVM's own clients drive the load, so that a first round would also measure their warm-up:
     * such a workload runs an unmeasured round first. The embedded run's load comes from a test JVM of its
     * own; the start-up's probe is a plain socket.
     */
    default boolean drivenFromHere() {
        return true;
    }

    Measurement run(WorkloadContext context) throws Exception;
}
