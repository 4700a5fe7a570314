package dev.awsemulator.core.kafka.brokers;

import java.util.List;

/** One partition: its leader (-1 when it has none), its replicas and in-sync replicas by broker id, its end offset. */
public record PartitionDetails(int partition, int leader, List<Integer> replicas, List<Integer> isr, long endOffset) {

    public PartitionDetails {
        replicas = List.copyOf(replicas);
        isr = List.copyOf(isr);
    }
}
