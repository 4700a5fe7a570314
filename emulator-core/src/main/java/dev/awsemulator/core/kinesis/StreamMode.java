package dev.awsemulator.core.kinesis;

import java.util.List;

/** A stream's capacity mode: shards the owner provisions, or shards AWS scales on demand. */
enum StreamMode {
    PROVISIONED, ON_DEMAND;

    /** The wire values, in the order AWS's validation message lists them. */
    static final List<String> NAMES = List.of(PROVISIONED.name(), ON_DEMAND.name());
}
