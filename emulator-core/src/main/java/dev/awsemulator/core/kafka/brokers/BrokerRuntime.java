package dev.awsemulator.core.kafka.brokers;

import java.util.concurrent.CompletionStage;

/**
 * What runs the Kafka brokers behind MSK clusters: the port through which the control plane starts,
 * changes and stops them. An implementation lives in a module of its own (Apache Kafka in this JVM), found
 * with {@link java.util.ServiceLoader} the first time a cluster is created, so no broker class loads before;
 * a builder may bind one instead ({@code Emulator.builder().port(BrokerRuntime.class, ..)}).
 *
 * <p>Every method returns at once; the work runs on the runtime's own threads and completes the stage.
 * A stage that fails with an {@link dev.awsemulator.core.common.AwsException} carries the AWS error to answer.
 */
public interface BrokerRuntime {

    /**
     * Starts the brokers of one cluster as {@code spec} says, each ready to serve its listeners when the stage
     * completes. A failed start leaves nothing running and, unless the spec keeps its files, nothing on disk.
     */
    CompletionStage<RunningCluster> start(ClusterSpec spec);

    /** What runs the brokers, for people: {@code Apache Kafka 4.1.1 (KRaft, in this JVM)}. */
    String description();
}
