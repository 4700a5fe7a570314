package dev.awsemulator.server.testsupport;

import java.util.function.Function;

/** The wire protocols SQS clients speak, each with the SDK the suites use to speak it. */
public enum Wire {
    /** AWS JSON 1.0 (query-compatible errors), spoken by SDK v2. */
    JSON(aws -> new JsonSqsDriver(aws.sqs())),
    /** The Query protocol (form in, XML out), spoken by SDK v1 up to 1.12.583. */
    QUERY(aws -> new QuerySqsDriver(aws.sqsV1()));

    private final Function<EmulatorServerExtension, SqsDriver> driver;

    Wire(Function<EmulatorServerExtension, SqsDriver> driver) {
        this.driver = driver;
    }

    public SqsDriver driver(EmulatorServerExtension aws) {
        return driver.apply(aws);
    }
}
