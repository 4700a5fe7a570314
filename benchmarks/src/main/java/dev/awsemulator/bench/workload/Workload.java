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

    Measurement run(WorkloadContext context) throws Exception;
}
