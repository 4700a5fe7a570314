package dev.awsemulator.server.http;

import dev.awsemulator.server.api.ServiceDefinition;
import dev.awsemulator.server.protocol.AwsJsonProtocol;
import dev.awsemulator.server.protocol.QueryProtocol;
import dev.awsemulator.server.protocol.WireProtocol;

/** A service with the codecs of the protocols it speaks. */
record ServiceEndpoint(ServiceDefinition definition, WireProtocol json, WireProtocol query) {

    static ServiceEndpoint of(ServiceDefinition definition) {
        return new ServiceEndpoint(definition,
                definition.targetPrefix() == null ? null : new AwsJsonProtocol(definition),
                definition.xmlNamespace() == null ? null : new QueryProtocol(definition));
    }
}
