package dev.awsemulator.compatibility;

import dev.awsemulator.server.testsupport.ExternalTools;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * The AWS SDK for JavaScript v3 at the versions in {@code src/test/js/package-lock.json}: SQS over AWS
 * JSON 1.0 (receives and deletes through a client with no endpoint, which follows the queue URL), SNS
 * over Query, Kinesis over JSON 1.1 on HTTP/2 for every operation (the client's request handler is
 * {@code NodeHttp2Handler}; on {@code http://} it speaks h2c with prior knowledge).
 */
class JsSdkV3IT extends ClientScenariosContract {

    @Override
    protected ClientScenarios client(URI endpoint) {
        Path node = ExternalTools.require("node", "apt-get install nodejs");
        Path project = NodeProject.install();
        return new ScriptScenarios(project, List.of(node.toString(), "--no-warnings", "scenarios.mjs"),
                endpoint.toString());
    }
}
