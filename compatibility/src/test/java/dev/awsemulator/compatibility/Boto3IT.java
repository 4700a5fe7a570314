package dev.awsemulator.compatibility;

import dev.awsemulator.server.testsupport.ExternalTools;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * boto3 as Debian packages it (python3-boto3 1.26, botocore 1.29): SQS over the Query protocol,
 * SNS over Query, Kinesis over JSON 1.1. Whatever boto3 is importable by {@code python3} runs; the
 * log names its version and protocols.
 */
class Boto3IT extends ClientScenariosContract {

    private static final Path SCRIPTS = Path.of("src", "test", "python");

    @Override
    protected ClientScenarios client(URI endpoint) {
        Path python = ExternalTools.require("python3", "apt-get install python3");
        if (!ExternalCommand.succeeds(List.of(python.toString(), "-c", "import boto3"))) {
            ExternalTools.missing("boto3 is not importable by " + python + " (apt-get install python3-boto3)");
        }
        return new ScriptScenarios(SCRIPTS, List.of(python.toString(), "boto3_scenarios.py"), endpoint.toString());
    }
}
