package dev.awsemulator.server.http;

import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.common.CommonError;
import dev.awsemulator.core.common.MemoizedSupplier;
import dev.awsemulator.server.api.DeveloperEndpoint;
import dev.awsemulator.server.api.HttpBinding;
import dev.awsemulator.server.api.Operation;
import dev.awsemulator.server.api.QueryFacts;
import dev.awsemulator.server.protocol.WireFormat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Picks service, protocol and operation from what the SDKs send, in this order: a developer
 * endpoint's path; {@code X-Amz-Target} for the JSON protocols (CBOR when the content type says
 * so); the {@code Action} parameter for Query, the credential scope's service where an action
 * exists in several services; else the method and path for REST-JSON, the scope's service picking
 * among services whose paths collide. What each service declares decides; no service is named here.
 */
final class Router {

    /** A REST operation of a service. */
    private record RestRoute(ServiceEndpoint service, Operation<?> operation) {
        HttpBinding http() {
            return operation.http();
        }
    }

    private record DeveloperRoute(ServiceEndpoint service, DeveloperEndpoint endpoint) {
        boolean covers(String path) {
            return path.equals(endpoint.path()) || path.startsWith(endpoint.path() + "/");
        }
    }

    private final List<ServiceEndpoint> services;
    /**
     * Every service's REST operations, those with more literal segments first: for a request signed for no
     * service, the only one that makes every table. A signed request looks among its service's alone.
     */
    private final Supplier<List<RestRoute>> restRoutes;
    /** Each service's REST operations, in the order of its {@link ServiceEndpoint#restOperations()}. */
    private final Map<ServiceEndpoint, Supplier<List<RestRoute>>> restRoutesOf = new HashMap<>();
    private final List<DeveloperRoute> developerRoutes = new ArrayList<>();

    Router(List<ServiceEndpoint> services) {
        this.services = List.copyOf(services);
        for (ServiceEndpoint service : services) {
            service.definition().developerEndpoints()
                    .forEach(endpoint -> developerRoutes.add(new DeveloperRoute(service, endpoint)));
            restRoutesOf.put(service, new MemoizedSupplier<>(() -> service.restOperations().stream()
                    .map(operation -> new RestRoute(service, operation)).toList()));
        }
        // Where two templates fit a path, the one with more literal segments is meant.
        this.restRoutes = new MemoizedSupplier<>(() -> this.services.stream()
                .flatMap(service -> restRoutesOf.get(service).get().stream())
                .sorted(Comparator.comparingInt((RestRoute route) -> route.http().uri().literals()).reversed())
                .toList());
    }

    /**
     * The route of a request.
     *
     * @param path   the path as sent (percent-encoded), without the query string
     * @param target its {@code X-Amz-Target}, or null
     * @param form   its Query parameters (empty when it has a target); a resource URL a service
     *               takes from the path is added here
     * @param origin {@code scheme://host:port} as the client addressed us, for resource URLs
     */
    Route route(String method, String path, String target, String contentType, Map<String, String> form,
                CredentialScope scope, String origin) {
        Route developer = developerEndpoint(path, target, form);
        if (developer != null) {
            return developer;
        }
        if (target != null) {
            return byTarget(target, contentType);
        }
        String action = form.get("Action");
        if (action != null) {
            return byAction(action, form, scope, path, origin);
        }
        Route rest = byMethodAndPath(method, path, scope);
        if (rest != null) {
            return rest;
        }
        ServiceEndpoint fallback = queryServiceFor(scope);
        return Route.refused(fallback, queryOrFirst(fallback), null,
                CommonError.MISSING_ACTION.exception("No action was supplied with this request."), false);
    }

    private Route developerEndpoint(String path, String target, Map<String, String> form) {
        for (DeveloperRoute route : developerRoutes) {
            if (!route.covers(path)) {
                continue;
            }
            ServiceEndpoint service = route.service();
            Operation<?> operation = route.endpoint().operation();
            WireFormat wire = target != null && service.speaks(WireFormat.JSON) ? WireFormat.JSON : WireFormat.QUERY;
            String named = target != null ? target.substring(target.lastIndexOf('.') + 1) : form.get("Action");
            String label = route.endpoint().label();
            if (named != null && !named.equals(operation.name())) {
                return Route.refused(service, wire, label, CommonError.INVALID_REQUEST.exception(
                        "This endpoint only accepts " + operation.name() + " calls"), false).asDeveloperEndpoint(label);
            }
            Map<String, String> labels = operation.http() == null ? null : operation.http().uri().match(path);
            return Route.to(service, wire, operation, labels == null ? Map.of() : labels).asDeveloperEndpoint(label);
        }
        return null;
    }

    /** The route of a JSON-protocol request, in CBOR when its content type says so and the service speaks it. */
    Route byTarget(String target, String contentType) {
        int dot = target.lastIndexOf('.');
        String prefix = dot < 0 ? target : target.substring(0, dot);
        String name = dot < 0 ? "" : target.substring(dot + 1);
        for (ServiceEndpoint service : services) {
            if (service.speaks(WireFormat.JSON) && prefix.equals(service.definition().json().targetPrefix())) {
                boolean cbor = service.speaks(WireFormat.CBOR) && contentType != null
                        && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-amz-cbor");
                WireFormat wire = cbor ? WireFormat.CBOR : WireFormat.JSON;
                Operation<?> operation = service.definition().operation(name);
                return operation != null ? Route.to(service, wire, operation, Map.of())
                        : Route.refused(service, wire, name, unknownOperation(name), true);
            }
        }
        ServiceEndpoint json = services.stream().filter(service -> service.speaks(WireFormat.JSON)).findFirst()
                .orElse(services.get(0));
        return Route.refused(json, json.firstWire(), target, unknownOperation(target), true);
    }

    private Route byAction(String action, Map<String, String> form, CredentialScope scope, String path,
                           String origin) {
        boolean pathNamesResource = !path.replace("/", "").isEmpty();
        ServiceEndpoint chosen = null;
        for (ServiceEndpoint service : services) {
            if (!service.speaks(WireFormat.QUERY)) {
                continue;
            }
            boolean scoped = service.signingName().equals(scope.service());
            String resourceUrl = service.definition().query().resourceUrlMember();
            boolean claims = resourceUrl != null && (form.containsKey(resourceUrl) || pathNamesResource);
            // A service that could not change the choice is not asked: asking makes its operation table.
            if ((chosen != null && !scoped && !claims) || service.definition().operation(action) == null) {
                continue;
            }
            chosen = service;
            if (scoped) {
                break;
            }
        }
        if (chosen == null) {
            ServiceEndpoint fallback = queryServiceFor(scope);
            return Route.refused(fallback, queryOrFirst(fallback), action, unknownOperation(action), true);
        }
        QueryFacts query = chosen.definition().query();
        if (query.resourceUrlMember() != null && pathNamesResource && !form.containsKey(query.resourceUrlMember())) {
            // SDK v1 takes the resource URL out of the parameters and posts to its path instead.
            form.put(query.resourceUrlMember(), origin + path);
        }
        return Route.to(chosen, WireFormat.QUERY, chosen.definition().operation(action), Map.of());
    }

    /**
     * The REST operation whose method and template fit, among the scope's service's if it speaks
     * REST-JSON, else among every service's (an unsigned request); a path that fits only with another
     * method is refused as the service refuses it. Null when the request is for no REST service.
     */
    private Route byMethodAndPath(String method, String path, CredentialScope scope) {
        ServiceEndpoint scoped = services.stream().filter(service -> service.signingName().equals(scope.service()))
                .findFirst().orElse(null);
        boolean scopeIsRest = scoped != null && scoped.speaks(WireFormat.REST_JSON);
        if (scoped != null && !scopeIsRest) {
            return null;
        }
        RestRoute wrongMethod = null;
        for (RestRoute route : scopeIsRest ? restRoutesOf.get(scoped).get() : restRoutes.get()) {
            Map<String, String> labels = route.http().uri().match(path);
            if (labels == null) {
                continue;
            }
            if (route.http().method().equals(method)) {
                return Route.to(route.service(), WireFormat.REST_JSON, route.operation(), labels);
            }
            if (wrongMethod == null) {
                wrongMethod = route;
            }
        }
        String request = method + " " + path;
        if (wrongMethod != null) {
            return Route.refused(wrongMethod.service(), WireFormat.REST_JSON, request,
                    CommonError.METHOD_NOT_ALLOWED.exception("The method " + method + " is not allowed for " + path
                            + "."), true);
        }
        if (scopeIsRest) {
            return Route.refused(scoped, WireFormat.REST_JSON, request,
                    CommonError.UNKNOWN_ROUTE.exception("No operation of " + scoped.signingName() + " is "
                            + request + "."), true);
        }
        return null;
    }

    /** The Query service a request without a known action is answered by: the scope's, else the first. */
    private ServiceEndpoint queryServiceFor(CredentialScope scope) {
        for (ServiceEndpoint service : services) {
            if (service.speaks(WireFormat.QUERY) && service.signingName().equals(scope.service())) {
                return service;
            }
        }
        return services.stream().filter(service -> service.speaks(WireFormat.QUERY)).findFirst()
                .orElse(services.get(0));
    }

    private static WireFormat queryOrFirst(ServiceEndpoint service) {
        return service.speaks(WireFormat.QUERY) ? WireFormat.QUERY : service.firstWire();
    }

    private static AwsException unknownOperation(String name) {
        return CommonError.UNKNOWN_OPERATION.exception("The action " + name + " is not valid for this web service.");
    }
}
