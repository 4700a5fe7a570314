package dev.awsemulator.core.kinesis;

import dev.awsemulator.core.common.AwsException;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * The model's constraints (required, length, range, pattern, enum), answered as AWS's request
 * validation answers them: a ValidationException naming the member in lowerCamelCase.
 */
final class ModelConstraints {

    static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_.-]+");

    private ModelConstraints() {
    }

    static <T> T required(T value, String member) {
        if (value == null) {
            throw failed("null", member, "Member must not be null");
        }
        return value;
    }

    static String name(String value, String member) {
        required(value, member);
        length(value, member, 1, 128);
        return pattern(value, member, NAME);
    }

    static String pattern(String value, String member, Pattern pattern) {
        if (value != null && !pattern.matcher(value).matches()) {
            throw failed("'" + value + "'", member, "Member must satisfy regular expression pattern: " + pattern);
        }
        return value;
    }

    static String length(String value, String member, int min, int max) {
        if (value != null && value.length() < min) {
            throw failed("'" + value + "'", member, "Member must have length greater than or equal to " + min);
        }
        if (value != null && value.length() > max) {
            throw failed("'" + value + "'", member, "Member must have length less than or equal to " + max);
        }
        return value;
    }

    static Integer range(Integer value, String member, long min, long max) {
        if (value != null && value < min) {
            throw failed("'" + value + "'", member, "Member must have value greater than or equal to " + min);
        }
        if (value != null && value > max) {
            throw failed("'" + value + "'", member, "Member must have value less than or equal to " + max);
        }
        return value;
    }

    static <T extends Collection<?>> T size(T value, String member, int min, int max) {
        if (value != null && value.size() < min) {
            throw failed(value.toString(), member, "Member must have length greater than or equal to " + min);
        }
        if (value != null && value.size() > max) {
            throw failed(value.toString(), member, "Member must have length less than or equal to " + max);
        }
        return value;
    }

    static String oneOf(String value, String member, Collection<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            throw failed("'" + value + "'", member, "Member must satisfy enum value set: " + allowed);
        }
        return value;
    }

    static AwsException failed(String shownValue, String member, String constraint) {
        return KinesisError.VALIDATION.exception("1 validation error detected: Value " + shownValue + " at '"
                + member + "' failed to satisfy constraint: " + constraint);
    }

    static AwsException invalidArgument(String message) {
        return KinesisError.INVALID_ARGUMENT.exception(message);
    }
}
