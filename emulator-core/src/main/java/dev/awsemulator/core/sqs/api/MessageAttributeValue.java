package dev.awsemulator.core.sqs.api;

import java.util.List;

/** A message (user or system) attribute: a data type and exactly one kind of value. */
public record MessageAttributeValue(String dataType, String stringValue, byte[] binaryValue,
                                    List<String> stringListValues, List<byte[]> binaryListValues) {

    public static MessageAttributeValue string(String value) {
        return new MessageAttributeValue("String", value, null, null, null);
    }

    public static MessageAttributeValue number(String value) {
        return new MessageAttributeValue("Number", value, null, null, null);
    }

    public static MessageAttributeValue binary(byte[] value) {
        return new MessageAttributeValue("Binary", null, value, null, null);
    }
}
