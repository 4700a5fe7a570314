package dev.awsemulator.bench;

import java.time.Duration;

/**
 * How hard and how long each workload runs. The full run fits a 2-core machine in about fifteen
 * minutes with three targets; the smoke run checks correctness in seconds.
 *
 * @param rounds          rounds of the throughput workloads, each on a fresh server, the targets taking
 *                        turns so that a noisy moment of this shared machine hits no target alone
 * @param clientWarmUp    whether a workload the harness's clients drive runs an uncounted round first, to
 *                        warm them (a smoke run only checks correctness)
 * @param warmup          load before the first measured window (JIT, connection pools)
 * @param window          length of one measured window
 * @param windows         measured windows per round
 * @param pollWindows     measured windows of the long-poll workloads, which run one round
 * @param sendWorkers     client threads of the send workloads
 * @param producers       sending threads of the roundtrip
 * @param consumers       receiving-and-deleting threads of the roundtrip
 * @param inFlight        messages sent but not yet deleted, at most, in the roundtrip
 * @param fewPolls        the small long-poll workload
 * @param manyPolls       the large long-poll workload
 * @param settle          a pause for the server to settle: after opening long polls (twice: before the
 *                        trickle and before measuring), and after a full GC (before reading RSS)
 * @param sendsPerSecond  the trickle of sends during the long polls
 * @param launches        start-ups timed per target
 * @param backlog         messages queued for the memory workload
 * @param backlogDeadline at most this long to queue them (and to write the replay's records)
 * @param replayRecords   Kinesis records written before the replay reads them
 * @param jmsMessages     JMS messages through an Amazon MQ broker, and through a plain ActiveMQ
 * @param idle            how long the backlog's server is left idle before its memory is read: long enough
 *                        for a JVM that releases memory when idle (the emulator, every 10 s) to do so
 * @param shortRun        how long the short run lasts from its server's start, as a test suite might
 * @param embeddedClasses test classes of the embedded run's suite, each with an emulator of its own
 */
public record BenchSettings(int rounds, boolean clientWarmUp, Duration warmup, Duration window, int windows,
                            int pollWindows, int sendWorkers, int producers, int consumers, int inFlight,
                            PollShape fewPolls, PollShape manyPolls,
                            Duration settle, int sendsPerSecond, int launches, int backlog,
                            Duration backlogDeadline, int replayRecords, int jmsMessages, Duration idle,
                            Duration shortRun, int embeddedClasses) {

    /** {@code polls} concurrent long polls spread evenly over {@code queues} queues. */
    public record PollShape(int polls, int queues) {
    }

    public static BenchSettings full() {
        return new BenchSettings(3, true, Duration.ofSeconds(8), Duration.ofSeconds(5), 1, 3, 4, 4, 4, 400,
                new PollShape(200, 50), new PollShape(10_000, 1_000), Duration.ofSeconds(2), 25, 5, 250_000,
                Duration.ofSeconds(90), 100_000, 100_000, Duration.ofSeconds(15), Duration.ofSeconds(20), 30);
    }

    public static BenchSettings smoke() {
        return new BenchSettings(1, false, Duration.ofMillis(300), Duration.ofMillis(500), 1, 1, 2, 2, 2, 100,
                new PollShape(20, 5), new PollShape(200, 20), Duration.ofMillis(300), 40, 1, 2_000,
                Duration.ofSeconds(30), 5_000, 1_000, Duration.ofMillis(300), Duration.ofSeconds(2), 3);
    }
}
