package dev.awsemulator.server.http;

import dev.awsemulator.server.api.ServiceDefinition;
import dev.awsemulator.server.protocol.AwsJsonProtocol;
import dev.awsemulator.server.protocol.QueryProtocol;
import dev.awsemulator.server.protocol.WireProtocol;

/** A service with the codecs of the protocols it speaks; null for those it does not. */
record ServiceEndpoint(ServiceDefinition definition, AwsJsonProtocol json, AwsJsonProtocol cbor, WireProtocol query) {

    static ServiceEndpoint of(ServiceDefinition definition) {
        boolean json = definition.targetPrefix() != null;
        return new ServiceEndpoint(definition,
                json ? AwsJsonProtocol.json(definition) : null,
                json && definition.cbor() ? AwsJsonProtocol.cbor(definition) : null,
                definition.xmlNamespace() == null ? null : new QueryProtocol(definition));
    }
}
