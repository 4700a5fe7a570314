package dev.awsemulator.bench.report;

import dev.awsemulator.bench.workload.Metric;

import java.util.List;

/** The targets, as ratios within one run or absolute limits. */
public final class Goals {

    private static final String ELASTICMQ = "elasticmq";
    private static final String KINESALITE = "kinesalite";
    private static final String MOTO = "moto";

    private Goals() {
    }

    public static List<Goal> all() {
        return List.of(
                Goal.ratioAtMost("server CPU per operation ≤ 1/10 of ElasticMQ's (send)", "send",
                        Metric.CPU_PER_1000, ELASTICMQ, 0.1),
                Goal.ratioAtMost("server CPU per operation ≤ 1/10 of ElasticMQ's (send-batch)", "send-batch",
                        Metric.CPU_PER_1000, ELASTICMQ, 0.1),
                Goal.ratioAtMost("server CPU per operation ≤ 1/10 of ElasticMQ's (roundtrip)", "roundtrip",
                        Metric.CPU_PER_1000, ELASTICMQ, 0.1),
                Goal.ratioAtLeast("roundtrip throughput ≥ 2× ElasticMQ's", "roundtrip",
                        Metric.THROUGHPUT, ELASTICMQ, 2),
                Goal.atMost("standalone start to first answer < 0.2 s (ms)", "startup", Metric.START_MS, 200),
                Goal.atMost("RSS ≤ 200 MB with 250,000 queued 256-byte messages (MB)", "backlog",
                        Metric.RSS_MB, 200),
                Goal.atMost("10,000 concurrent long polls served with ≤ 50 server threads", "long-poll-many",
                        Metric.THREADS, 50),
                Goal.atMost("10,000 concurrent long polls: p99 delivery latency ≤ 50 ms", "long-poll-many",
                        Metric.P99_MS, 50),
                Goal.ratioAtLeast("Kinesis PutRecords ≥ 15× kinesalite's records/s (CBOR, 4 shards)", "kinesis-put",
                        Metric.THROUGHPUT, KINESALITE, 15),
                Goal.ratioAtLeast("Kinesis PutRecords, 8 writers on one shard: ≥ 15× kinesalite's records/s "
                        + "(and nothing lost, order kept: see correctness)", "kinesis-put-1-shard",
                        Metric.THROUGHPUT, KINESALITE, 15),
                Goal.ratioAtLeast("SNS fanout ≥ 20× moto's publishes/s", "sns-fanout", Metric.THROUGHPUT, MOTO, 20),
                Goal.atMost("SNS fanout: server CPU per publish < 1 ms (ms)", "sns-fanout", Metric.CPU_PER_1000, 1),
                Goal.atMost("Amazon MQ: CreateBroker to the first JMS round trip < 1 s (ms)", "mq-broker",
                        Metric.MQ_FIRST_ROUND_TRIP_MS, 1000));
    }
}
