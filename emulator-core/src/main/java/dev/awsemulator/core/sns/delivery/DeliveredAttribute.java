package dev.awsemulator.core.sns.delivery;

/** A message attribute as SNS hands it to a subscriber: the data type and its one value. */
public record DeliveredAttribute(String dataType, String stringValue, byte[] binaryValue) {
}
