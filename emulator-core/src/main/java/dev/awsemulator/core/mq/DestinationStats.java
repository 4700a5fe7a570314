package dev.awsemulator.core.mq;

/**
 * One destination of a running broker, as its engine counts it.
 *
 * @param kind     {@code queue} or {@code topic} (ActiveMQ), {@code queue} or {@code exchange} (RabbitMQ)
 * @param depth    messages held, not yet acknowledged
 * @param consumers consumers attached now
 * @param enqueued messages received since the broker started
 * @param dequeued messages acknowledged since the broker started
 */
public record DestinationStats(String kind, String name, long depth, long consumers, long enqueued, long dequeued) {
}
