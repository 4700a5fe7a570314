package dev.awsemulator.core.sqs;

import dev.awsemulator.core.common.Utf8;
import dev.awsemulator.core.sqs.api.MessageAttributeValue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** SQS's rules for what a message may contain, with AWS's codes and messages. */
final class MessageValidation {

    private static final int MAX_ATTRIBUTES = 10;
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,256}");
    private static final Pattern GROUP_OR_DEDUPLICATION_ID = Pattern.compile("[!-~]{1,128}");
    private static final String TRACE_HEADER = "AWSTraceHeader";

    private MessageValidation() {
    }

    static void body(String body) {
        if (body == null || body.isEmpty()) {
            throw SqsError.missingParameter("MessageBody");
        }
        for (int i = 0; i < body.length(); ) {
            int c = body.codePointAt(i);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (!allowed) {
                throw SqsError.INVALID_MESSAGE_CONTENTS.exception("Invalid characters found. Valid unicode characters "
                        + "are #x9 | #xA | #xD | #x20 to #xD7FF | #xE000 to #xFFFD | #x10000 to #x10FFFF");
            }
            i += Character.charCount(c);
        }
    }

    static void attributes(Map<String, MessageAttributeValue> attributes) {
        if (attributes == null || attributes.isEmpty()) {
            return;
        }
        if (attributes.size() > MAX_ATTRIBUTES) {
            throw SqsError.invalidParameter("Number of message attributes [" + attributes.size()
                    + "] exceeds the allowed maximum [" + MAX_ATTRIBUTES + "].");
        }
        attributes.forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!ATTRIBUTE_NAME.matcher(name).matches() || lower.startsWith("aws.") || lower.startsWith("amazon.")
                    || name.startsWith(".") || name.endsWith(".") || name.contains("..")) {
                throw SqsError.invalidParameter("Message (user) attribute name '" + name + "' is invalid. "
                        + "Names can contain alphanumeric characters, hyphens, underscores and periods, must not "
                        + "start or end with a period, must not contain consecutive periods and must not start "
                        + "with AWS. or Amazon.");
            }
            value(name, value, "user");
        });
    }

    static void systemAttributes(Map<String, MessageAttributeValue> attributes) {
        if (attributes == null || attributes.isEmpty()) {
            return;
        }
        attributes.forEach((name, value) -> {
            if (!TRACE_HEADER.equals(name)) {
                throw SqsError.invalidParameter("Message system attribute name '" + name + "' is invalid.");
            }
            value(name, value, "system");
            if (!value.dataType().equals("String")) {
                throw SqsError.invalidParameter("Message system attribute '" + name + "' must be of type 'String'.");
            }
        });
    }

    private static void value(String name, MessageAttributeValue value, String kind) {
        String type = value == null ? null : value.dataType();
        if (type == null || type.isEmpty()) {
            throw SqsError.invalidParameter("The message attribute '" + name
                    + "' must contain non-empty message attribute type.");
        }
        String base = type.contains(".") ? type.substring(0, type.indexOf('.')) : type;
        if (!List.of("String", "Number", "Binary").contains(base) || type.length() > 256 || type.endsWith(".")) {
            throw SqsError.invalidParameter("The type of message (" + kind + ") attribute '" + name + "' is invalid. "
                    + "You must use only the following supported type prefixes: Binary, Number, String.");
        }
        if (base.equals("Binary")) {
            if (value.binaryValue() == null || value.binaryValue().length == 0) {
                throw SqsError.invalidParameter("Message (" + kind + ") attribute '" + name
                        + "' must contain a non-empty value of type 'Binary'.");
            }
            return;
        }
        if (value.stringValue() == null || value.stringValue().isEmpty()) {
            throw SqsError.invalidParameter("Message (" + kind + ") attribute '" + name
                    + "' must contain a non-empty value of type '" + base + "'.");
        }
        if (base.equals("Number")) {
            number(name, value.stringValue(), kind);
        }
    }

    private static void number(String name, String text, String kind) {
        try {
            BigDecimal number = new BigDecimal(text.trim());
            if (number.precision() <= 38 && number.abs().compareTo(BigDecimal.TEN.pow(126)) <= 0) {
                return;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw SqsError.invalidParameter("Can't cast the value of message (" + kind + ") attribute '" + name
                + "' to a number.");
    }

    static void groupOrDeduplicationId(String parameter, String value) {
        if (!GROUP_OR_DEDUPLICATION_ID.matcher(value).matches()) {
            throw SqsError.invalidParameter("Value " + value + " for parameter " + parameter + " is invalid. Reason: "
                    + parameter + " can only include alphanumeric and punctuation characters. 1 to 128 in length.");
        }
    }

    /** The size SQS counts against MaximumMessageSize: body, attribute names, types and values. */
    static long size(String body, Map<String, MessageAttributeValue> attributes) {
        long size = Utf8.length(body);
        if (attributes != null) {
            for (var entry : attributes.entrySet()) {
                MessageAttributeValue value = entry.getValue();
                size += Utf8.length(entry.getKey()) + Utf8.length(value.dataType());
                if (value.stringValue() != null) {
                    size += Utf8.length(value.stringValue());
                }
                if (value.binaryValue() != null) {
                    size += value.binaryValue().length;
                }
            }
        }
        return size;
    }

}
