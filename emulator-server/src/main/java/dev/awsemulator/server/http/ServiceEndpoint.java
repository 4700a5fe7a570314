package dev.awsemulator.server.http;

import dev.awsemulator.server.api.ServiceDefinition;
import dev.awsemulator.server.protocol.AwsJsonProtocol;
import dev.awsemulator.server.protocol.QueryProtocol;
import dev.awsemulator.server.protocol.RestJsonProtocol;
import dev.awsemulator.server.protocol.WireFormat;
import dev.awsemulator.server.protocol.WireProtocol;

import java.util.EnumMap;
import java.util.Map;

/** A service with the codecs of the protocols it speaks. */
final class ServiceEndpoint {

    private final ServiceDefinition definition;
    private final Map<WireFormat, WireProtocol> protocols = new EnumMap<>(WireFormat.class);

    ServiceEndpoint(ServiceDefinition definition) {
        this.definition = definition;
        if (definition.json() != null) {
            protocols.put(WireFormat.JSON, AwsJsonProtocol.json(definition));
            if (definition.json().cbor()) {
                protocols.put(WireFormat.CBOR, AwsJsonProtocol.cbor(definition));
            }
        }
        if (definition.query() != null) {
            protocols.put(WireFormat.QUERY, new QueryProtocol(definition));
        }
        if (definition.restJson()) {
            protocols.put(WireFormat.REST_JSON, new RestJsonProtocol(definition));
        }
    }

    ServiceDefinition definition() {
        return definition;
    }

    boolean speaks(WireFormat wire) {
        return protocols.containsKey(wire);
    }

    /** The codec of {@code wire}, which this service speaks. */
    WireProtocol protocol(WireFormat wire) {
        return protocols.get(wire);
    }

    /** The protocol it answers in when a request fits none of its own: its first. */
    WireFormat firstWire() {
        return protocols.keySet().iterator().next();
    }

    String signingName() {
        return definition.signingName();
    }
}
