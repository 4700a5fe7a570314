package dev.awsemulator.core.sns;

/** The check SNS makes of a request's required parameters, with its InvalidParameter. */
final class SnsParameters {

    private SnsParameters() {
    }

    static String required(String value, String name) {
        if (value == null || value.isEmpty()) {
            throw SnsError.invalidParameter(name);
        }
        return value;
    }
}
