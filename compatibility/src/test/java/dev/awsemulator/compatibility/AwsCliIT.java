package dev.awsemulator.compatibility;

import dev.awsemulator.server.testsupport.ExternalTools;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * The AWS CLI v2 as Debian packages it (awscli 2.9, a botocore from before SQS moved to JSON): SQS
 * over the Query protocol, SNS over Query, Kinesis over JSON 1.1. The log names the version that ran.
 */
class AwsCliIT extends ClientScenariosContract {

    @Override
    protected ClientScenarios client(URI endpoint) {
        Path aws = ExternalTools.require("aws", "apt-get install awscli");
        String version = ExternalCommand.run(Path.of("."), List.of(aws.toString(), "--version")).strip();
        System.out.println("AWS CLI: " + version);
        if (!version.startsWith("aws-cli/2.")) {
            ExternalTools.missing("AWS CLI v2 is required, found " + version + " at " + aws);
        }
        return new AwsCliScenarios(aws, endpoint.toString());
    }
}
