package dev.awsemulator.spring.orders;

/** An order; a negative amount is a bug the listener cannot get past, so the order ends in the dead-letter queue. */
public record Order(String id, String customer, long amount) {
}
