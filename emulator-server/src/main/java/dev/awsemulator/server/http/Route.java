package dev.awsemulator.server.http;

import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.server.api.Operation;
import dev.awsemulator.server.protocol.WireFormat;
import dev.awsemulator.server.protocol.WireProtocol;

import java.util.Map;

/**
 * Where a request goes: the service and the protocol that decode and answer it, and either the
 * operation (with the path's labels) or the error the request is refused with, when it names no
 * operation the service has.
 *
 * @param operationName  what the journal calls the request: the operation it names, null if none
 * @param unsupported    whether it named an operation the emulator does not implement
 * @param signed         false for the emulator's own endpoints, which take no credentials
 */
record Route(ServiceEndpoint service, WireFormat wire, Operation<?> operation, String operationName,
             Map<String, String> labels, AwsException refusal, boolean unsupported, boolean signed) {

    static Route to(ServiceEndpoint service, WireFormat wire, Operation<?> operation, Map<String, String> labels) {
        return new Route(service, wire, operation, operation.name(), labels, null, false, true);
    }

    /** A request that names no operation the service has: it is answered with {@code refusal}. */
    static Route refused(ServiceEndpoint service, WireFormat wire, String operationName, AwsException refusal,
                         boolean unsupported) {
        return new Route(service, wire, null, operationName, Map.of(), refusal, unsupported, true);
    }

    /** The same route, recorded in the journal as {@code name} and taking no credentials. */
    Route asDeveloperEndpoint(String name) {
        return new Route(service, wire, operation, name, labels, refusal, false, false);
    }

    WireProtocol protocol() {
        return service.protocol(wire);
    }
}
