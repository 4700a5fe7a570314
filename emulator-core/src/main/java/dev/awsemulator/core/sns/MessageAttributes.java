package dev.awsemulator.core.sns;

import dev.awsemulator.core.common.Utf8;
import dev.awsemulator.core.common.JsonDocuments;
import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.sns.api.MessageAttributeValue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** SNS's rules for message attributes and for the size of a published message. */
final class MessageAttributes {

    static final int MAX_MESSAGE_BYTES = 262_144;
    private static final Pattern NAME_CHARACTER = Pattern.compile("[A-Za-z0-9_.-]");
    private static final int MAX_NAME_BYTES = 256;

    private MessageAttributes() {
    }

    /** A message attribute's name, refused with AWS's message for the first rule it breaks. */
    private static void requireValidName(String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length >= MAX_NAME_BYTES) {
            throw invalid("Length of message attribute name must be less than " + MAX_NAME_BYTES + " bytes.");
        }
        name.chars().filter(c -> !NAME_CHARACTER.matcher(Character.toString(c)).matches()).findFirst()
                .ifPresent(c -> {
                    throw invalid("Invalid non-alphanumeric character '#x" + Integer.toHexString(c).toUpperCase(
                            Locale.ROOT) + "' was found in the message attribute name. Can only include alphanumeric "
                            + "characters, hyphens, underscores, or dots.");
                });
        if (name.startsWith(".")) {
            throw invalid("Invalid message attribute name starting with character '.' was found.");
        }
        if (name.endsWith(".")) {
            throw invalid("Invalid message attribute name ending with character '.' was found.");
        }
        if (name.contains("..")) {
            throw invalid("Message attribute name can not have successive '.' character.");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.isEmpty() || lower.startsWith("aws.") || lower.startsWith("amazon.")) {
            throw invalid("Message attribute name '" + name + "' is invalid.");
        }
    }

    static void validate(Map<String, MessageAttributeValue> attributes) {
        attributes.forEach((name, value) -> {
            requireValidName(name);
            String type = value == null ? null : value.dataType();
            if (type == null || type.isEmpty()) {
                throw invalid("The message attribute '" + name + "' must contain non-empty message attribute type.");
            }
            String base = type.contains(".") && !type.startsWith("String.Array") ? type.substring(0, type.indexOf('.'))
                    : type;
            switch (base) {
                case "Binary" -> {
                    if (value.binaryValue() == null || value.binaryValue().length == 0) {
                        throw emptyValue(name, type);
                    }
                }
                case "String", "Number", "String.Array" -> {
                    if (value.stringValue() == null || value.stringValue().isEmpty()) {
                        throw emptyValue(name, type);
                    }
                    if (base.equals("Number")) {
                        number(name, value.stringValue());
                    }
                    if (base.equals("String.Array") && JsonDocuments.parseArray(value.stringValue()) == null) {
                        throw invalid("The message attribute '" + name + "' with type 'String.Array' must use "
                                + "field 'String'.");
                    }
                }
                default -> throw invalid("The message attribute '" + name + "' has an invalid message attribute "
                        + "type, the set of supported type prefixes is Binary, Number, and String.");
            }
        });
    }

    /** What counts against the 256 KiB limit: the message and every attribute's name, type and value. */
    static long size(String message, Map<String, MessageAttributeValue> attributes) {
        long size = Utf8.length(message);
        for (var entry : attributes.entrySet()) {
            MessageAttributeValue value = entry.getValue();
            size += Utf8.length(entry.getKey()) + Utf8.length(value.dataType()) + Utf8.length(value.stringValue())
                    + (value.binaryValue() == null ? 0 : value.binaryValue().length);
        }
        return size;
    }

    private static void number(String name, String text) {
        try {
            new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw invalid("Could not cast message attribute '" + name + "' value to number.");
        }
    }

    private static AwsException emptyValue(String name, String type) {
        return invalid("The message attribute '" + name + "' must contain non-empty message attribute value for "
                + "message attribute type '" + type + "'.");
    }

    private static AwsException invalid(String message) {
        return SnsError.PARAMETER_VALUE_INVALID.exception(message);
    }
}
