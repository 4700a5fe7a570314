package dev.awsemulator.core.kinesis;

import java.util.List;

/** The shard-level metrics a stream may enable; "ALL" stands for every one of them. */
final class EnhancedMonitoring {

    static final List<String> ALL_METRICS = List.of("IncomingBytes", "IncomingRecords", "OutgoingBytes",
            "OutgoingRecords", "WriteProvisionedThroughputExceeded", "ReadProvisionedThroughputExceeded",
            "IteratorAgeMilliseconds");
    static final List<String> NAMES = List.of("IncomingBytes", "IncomingRecords", "OutgoingBytes",
            "OutgoingRecords", "WriteProvisionedThroughputExceeded", "ReadProvisionedThroughputExceeded",
            "IteratorAgeMilliseconds", "ALL");

    private EnhancedMonitoring() {
    }
}
