package dev.awsemulator.core.sns;

/** The checks SNS makes of a request's required parameters, in its words. */
final class SnsParameters {

    private SnsParameters() {
    }

    /**
     * A required member SNS checks in the order of a request's members, after the ARN before it, in the words of
     * its model validation: "1 validation error detected: Value null at 'attributes' failed to satisfy ...".
     */
    static <T> T present(T value, String path) {
        if (value == null) {
            throw SnsError.VALIDATION_ERROR.exception("1 validation error detected: Value null at '" + path
                    + "' failed to satisfy constraint: Member must not be null");
        }
        return value;
    }

    static String required(String value, String name) {
        if (value == null || value.isEmpty()) {
            throw SnsError.invalidParameter(name);
        }
        return value;
    }
}
