package dev.awsemulator.samples.eventsourcing;

/**
 * Where the command side appends events: a Kinesis stream or a Kafka topic. Either way the account id
 * chooses the shard or partition, so an account's events keep their order.
 */
public interface EventLog {

    /** Appends the event durably; returns once the log acknowledged it. */
    void append(AccountEvent event);
}
