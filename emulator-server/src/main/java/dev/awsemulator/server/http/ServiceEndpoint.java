package dev.awsemulator.server.http;

import dev.awsemulator.core.common.MemoizedSupplier;
import dev.awsemulator.server.api.Operation;
import dev.awsemulator.server.api.ServiceDefinition;
import dev.awsemulator.server.protocol.AwsJsonProtocol;
import dev.awsemulator.server.protocol.QueryProtocol;
import dev.awsemulator.server.protocol.RestJsonProtocol;
import dev.awsemulator.server.protocol.WireFormat;
import dev.awsemulator.server.protocol.WireProtocol;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A service with the codecs of the protocols it speaks. Whether it speaks AWS JSON, CBOR or Query is a fact
 * of its definition; whether it speaks REST-JSON is read from its operation table, so that, and its REST
 * codec, are made only when a request may be a REST call of it.
 */
final class ServiceEndpoint {

    private final ServiceDefinition definition;
    private final Map<WireFormat, WireProtocol> protocols = new EnumMap<>(WireFormat.class);
    private final Supplier<WireProtocol> restJson;
    private final Supplier<List<Operation<?>>> restOperations;

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
        this.restJson = new MemoizedSupplier<>(() -> new RestJsonProtocol(definition));
        // Where two templates of a service fit a path, the one with more literal segments is meant.
        this.restOperations = new MemoizedSupplier<>(() -> definition.operations().values().stream()
                .filter(operation -> operation.http() != null)
                .sorted(Comparator.comparingInt((Operation<?> operation) -> operation.http().uri().literals())
                        .reversed())
                .toList());
    }

    ServiceDefinition definition() {
        return definition;
    }

    boolean speaks(WireFormat wire) {
        return wire == WireFormat.REST_JSON ? !restOperations().isEmpty() : protocols.containsKey(wire);
    }

    /** The codec of {@code wire}, which this service speaks. */
    WireProtocol protocol(WireFormat wire) {
        return wire == WireFormat.REST_JSON ? restJson.get() : protocols.get(wire);
    }

    /** Its operations reached by method and path, those whose templates have more literal segments first. */
    List<Operation<?>> restOperations() {
        return restOperations.get();
    }

    /** The protocol it answers in when a request fits none of its own: its first. */
    WireFormat firstWire() {
        return protocols.isEmpty() ? WireFormat.REST_JSON : protocols.keySet().iterator().next();
    }

    String signingName() {
        return definition.signingName();
    }
}
