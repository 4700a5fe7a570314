package dev.awsemulator.server.model;

import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.common.ErrorCode;

import java.util.List;
import java.util.stream.Collectors;

/** How a service answers a request that breaks its model's constraints: the error, in the service's wording. */
@FunctionalInterface
public interface ViolationReport {

    /** @param violations at least one, in the order AWS checks them */
    AwsException of(List<Violation> violations);

    /**
     * All violations in one message, as AWS's JSON services (Kinesis) and SNS answer: "2 validation errors detected:
     * Value ... at 'streamName' failed to satisfy constraint: ...; Value ...".
     */
    static ViolationReport aggregated(ErrorCode code) {
        return violations -> code.exception(violations.size() + " validation error"
                + (violations.size() == 1 ? "" : "s") + " detected: "
                + violations.stream().map(Violation::sentence).collect(Collectors.joining("; ")));
    }

    /**
     * The first missing member alone, as SQS answers: "The request must contain the parameter QueueUrl.".
     * Only a request's own members reach it (SQS's table requires nothing deeper), so the path is the
     * member's name with AWS's leading capital.
     */
    static ViolationReport missingParameter(ErrorCode code) {
        return violations -> {
            String path = violations.get(0).path();
            return code.exception("The request must contain the parameter "
                    + Character.toUpperCase(path.charAt(0)) + path.substring(1) + ".");
        };
    }
}
