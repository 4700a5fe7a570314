package dev.awsemulator.bench.workload;

/** What a measurement reports; each metric knows its unit and whether more is better. */
public enum Metric {
    THROUGHPUT("throughput", "ops/s", true),
    P50_MS("p50 latency", "ms", false),
    P99_MS("p99 latency", "ms", false),
    CPU_PER_1000("server CPU per 1,000 ops", "s", false),
    RSS_AT_END_MB("server RSS as the load ends", "MB", false),
    RSS_MB("server RSS", "MB", false),
    RSS_AFTER_GC_MB("server RSS after a full GC", "MB", false),
    THREADS("server threads (peak)", "", false),
    START_MS("start to first answer (median)", "ms", false),
    RUN_CPU_S("server CPU from its start to the run's end", "s", false),
    JVM_FIRST_ANSWER_MS("test JVM's start to its first answered request", "ms", false),
    JVM_FIRST_ANSWER_CPU_S("test JVM's CPU to its first answered request", "s", false),
    JVM_SUITE_MS("test JVM's start to its suite's end", "ms", false),
    JVM_SUITE_CPU_S("test JVM's CPU to its suite's end", "s", false),
    MQ_RUNNING_MS("CreateBroker to RUNNING", "ms", false),
    MQ_FIRST_ROUND_TRIP_MS("CreateBroker to the first JMS round trip", "ms", false),
    PLAIN_ACTIVEMQ_THROUGHPUT("plain embedded ActiveMQ's throughput", "ops/s", true),
    RATIO_TO_PLAIN_ACTIVEMQ("throughput ÷ plain embedded ActiveMQ's", "×", true);

    private final String label;
    private final String unit;
    private final boolean higherIsBetter;

    Metric(String label, String unit, boolean higherIsBetter) {
        this.label = label;
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
    }

    public String label() {
        return unit.isEmpty() ? label : label + " (" + unit + ")";
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }
}
