package dev.awsemulator.samples.fanout;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An idempotent consumer: fulfils each order once, however often it is delivered. SQS delivers at least
 * once (a standard queue may repeat a message, and a message whose delete failed comes back after its
 * visibility timeout), so the consumer remembers which orders it has handled, keyed by order id, as a
 * real store would with a conditional write.
 */
public final class Fulfilment {

    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final List<String> fulfilled = new CopyOnWriteArrayList<>();

    /** Fulfils the order unless it was fulfilled before; returns whether it did. */
    public boolean fulfil(Order order) {
        if (!seen.add(order.orderId())) {
            return false;
        }
        fulfilled.add(order.orderId());
        return true;
    }

    /** The ids of the orders fulfilled, each once, in the order they were fulfilled. */
    public List<String> fulfilled() {
        return List.copyOf(fulfilled);
    }
}
