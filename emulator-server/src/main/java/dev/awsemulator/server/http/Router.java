package dev.awsemulator.server.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Picks service, protocol and operation from what the SDKs send: {@code X-Amz-Target} for the JSON
 * protocols, the {@code Action} parameter for Query, the credential scope's service where an
 * action exists in several services. Never the path: SDK v1 posts to the queue URL's path.
 */
final class Router {

    private final List<ServiceEndpoint> services;

    Router(List<ServiceEndpoint> services) {
        this.services = List.copyOf(services);
    }

    /**
     * The route of a JSON-protocol request, in CBOR when its content type says so and the service
     * speaks it; null when no service has the target's prefix.
     */
    Route byTarget(String target, String contentType) {
        int dot = target.lastIndexOf('.');
        String prefix = dot < 0 ? target : target.substring(0, dot);
        String operation = dot < 0 ? "" : target.substring(dot + 1);
        for (ServiceEndpoint service : services) {
            if (prefix.equals(service.definition().targetPrefix())) {
                boolean cbor = service.cbor() != null && contentType != null
                        && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-amz-cbor");
                return new Route(cbor ? service.cbor() : service.json(), service.definition().operation(operation),
                        operation);
            }
        }
        return null;
    }

    /** The route of a Query request. */
    Route byAction(String action, Map<String, String> form, CredentialScope scope) {
        ServiceEndpoint chosen = null;
        for (ServiceEndpoint service : services) {
            if (service.query() == null || service.definition().operation(action) == null) {
                continue;
            }
            if (service.definition().signingName().equals(scope.service())) {
                chosen = service;
                break;
            }
            if (chosen == null || form.containsKey("QueueUrl") && service.definition().signingName().equals("sqs")) {
                chosen = service;
            }
        }
        if (chosen == null) {
            chosen = byScopeOrFirst(scope);
            return new Route(chosen.query(), null, action);
        }
        return new Route(chosen.query(), chosen.definition().operation(action), action);
    }

    /** The Query service a request without a known action is answered by. */
    ServiceEndpoint byScopeOrFirst(CredentialScope scope) {
        for (ServiceEndpoint service : services) {
            if (service.query() != null && service.definition().signingName().equals(scope.service())) {
                return service;
            }
        }
        return services.stream().filter(service -> service.query() != null).findFirst().orElseThrow();
    }
}
