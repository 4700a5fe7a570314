package dev.awsemulator.spring.orders;

/** A payment of a customer; one customer's payments are processed in the order they were made. */
public record Payment(String customer, int sequence) {
}
