package dev.awsemulator.core.sqs;

/** The checks SQS makes of a request's plain parameters, with its MissingParameter and InvalidParameterValue. */
final class SqsParameters {

    private SqsParameters() {
    }

    static String required(String value, String name) {
        if (value == null || value.isEmpty()) {
            throw SqsError.missingParameter(name);
        }
        return value;
    }

    /** {@code value} if it is within {@code min..max}, {@code fallback} if absent. */
    static int range(String name, Integer value, int fallback, int min, int max, String reason) {
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            throw SqsError.invalidParameter("Value " + value + " for parameter " + name + " is invalid. Reason: "
                    + reason);
        }
        return value;
    }
}
