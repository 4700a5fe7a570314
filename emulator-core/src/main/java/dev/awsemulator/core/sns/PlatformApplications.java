package dev.awsemulator.core.sns;

import dev.awsemulator.core.common.Arn;
import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.common.Page;
import dev.awsemulator.core.sns.api.*;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Mobile push: platform applications and their endpoints, stored and validated like AWS. There is no
 * push service locally, so a message published to an endpoint is recorded for inspection.
 */
public final class PlatformApplications {

    private static final Set<String> PLATFORMS = Set.of("ADM", "APNS", "APNS_SANDBOX", "BAIDU", "GCM", "MPNS", "WNS");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final int MAX_NAME_LENGTH = 256;
    private static final int PAGE_SIZE = 100;

    private final Consumer<PublishedMessage> recorder;
    private final Map<String, Application> applications = new ConcurrentHashMap<>();
    private final Map<String, Endpoint> endpoints = new ConcurrentHashMap<>();

    PlatformApplications(Consumer<PublishedMessage> recorder) {
        this.recorder = recorder;
    }

    void reset() {
        applications.clear();
        endpoints.clear();
    }

    void deleteAccount(String accountId) {
        applications.keySet().removeIf(arn -> SnsResources.ownedBy(accountId, arn));
        endpoints.keySet().removeIf(arn -> SnsResources.ownedBy(accountId, arn));
    }

    public CreatePlatformApplicationResult createPlatformApplication(Caller caller,
                                                                     CreatePlatformApplicationRequest request) {
        String name = validName(request.name());
        String platform = SnsParameters.required(request.platform(), "Platform");
        if (!PLATFORMS.contains(platform)) {
            throw SnsError.invalidParameter("Platform Reason: " + platform + " is not supported");
        }
        Map<String, String> attributes = SnsParameters.present(request.attributes(), "attributes");
        boolean principal = attributes.containsKey("PlatformPrincipal");
        boolean credential = attributes.containsKey("PlatformCredential");
        if (principal && !credential) {
            throw SnsError.invalidParameter("Attributes Reason: PlatformPrincipal attribute provided without "
                    + "PlatformCredential");
        }
        if (!credential) {
            throw SnsError.invalidParameter("Attributes Reason: PlatformCredential attribute is required");
        }
        if (!principal && !platform.equals("GCM")) {
            // Only Firebase (GCM) authenticates with a credential alone.
            throw SnsError.invalidParameter("Attributes Reason: PlatformCredential attribute provided without "
                    + "PlatformPrincipal");
        }
        String arn = SnsResources.arn(caller, "app/" + platform + "/" + name).toString();
        Map<String, String> stored = new LinkedHashMap<>(attributes);
        stored.remove("PlatformCredential");
        stored.putIfAbsent("Enabled", "true");
        applications.put(arn, new Application(arn, stored));
        return new CreatePlatformApplicationResult(arn);
    }

    public void deletePlatformApplication(Caller caller, PlatformApplicationArnRequest request) {
        String arn = SnsResources.present("PlatformApplicationArn", request.platformApplicationArn());
        applications.remove(arn);
        endpoints.values().removeIf(endpoint -> endpoint.applicationArn.equals(arn));
    }

    public AttributesResult getPlatformApplicationAttributes(Caller caller, PlatformApplicationArnRequest request) {
        return new AttributesResult(Map.copyOf(application(request.platformApplicationArn()).attributes));
    }

    public void setPlatformApplicationAttributes(Caller caller, SetPlatformApplicationAttributesRequest request) {
        SnsResources.required("PlatformApplicationArn", request.platformApplicationArn());
        Map<String, String> changes = new LinkedHashMap<>(SnsParameters.present(request.attributes(), "attributes"));
        Application application = application(request.platformApplicationArn());
        changes.remove("PlatformCredential");
        application.attributes.putAll(changes);
    }

    public ListPlatformApplicationsResult listPlatformApplications(Caller caller, NextTokenRequest request) {
        List<Application> mine = applications.values().stream().filter(app -> SnsResources.listedFor(caller, app.arn))
                .sorted(Comparator.comparing(app -> app.arn)).toList();
        Page<Application> page = Page.of(mine, request.nextToken(), PAGE_SIZE, app -> app.arn,
                SnsError::invalidNextToken);
        return new ListPlatformApplicationsResult(page.items().stream()
                .map(app -> new PlatformApplication(app.arn, Map.copyOf(app.attributes))).toList(), page.nextToken());
    }

    public CreateEndpointResult createPlatformEndpoint(Caller caller, CreatePlatformEndpointRequest request) {
        Application application = application(request.platformApplicationArn());
        String token = SnsParameters.required(request.token(), "Token");
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("Enabled", "true");
        if (request.customUserData() != null) {
            attributes.put("CustomUserData", request.customUserData());
        }
        if (request.attributes() != null) {
            attributes.putAll(request.attributes());
        }
        attributes.put("Token", token);
        synchronized (endpoints) {
            for (Endpoint existing : endpoints.values()) {
                if (existing.applicationArn.equals(application.arn) && token.equals(existing.attributes.get("Token"))) {
                    if (!existing.attributes.equals(attributes)) {
                        throw SnsError.invalidParameter("Token Reason: Endpoint " + existing.arn + " already exists "
                                + "with the same Token, but different attributes.");
                    }
                    return new CreateEndpointResult(existing.arn);
                }
            }
            Arn app = SnsResources.parse(application.arn);
            String arn = app.withResource("endpoint" + app.resource().substring("app".length()) + "/"
                    + UUID.randomUUID()).toString();
            endpoints.put(arn, new Endpoint(arn, application.arn, attributes));
            return new CreateEndpointResult(arn);
        }
    }

    public void deleteEndpoint(Caller caller, EndpointArnRequest request) {
        endpoints.remove(SnsResources.present("EndpointArn", request.endpointArn()));
    }

    public AttributesResult getEndpointAttributes(Caller caller, EndpointArnRequest request) {
        return new AttributesResult(Map.copyOf(endpoint(request.endpointArn()).attributes));
    }

    public void setEndpointAttributes(Caller caller, SetEndpointAttributesRequest request) {
        SnsResources.present("EndpointArn", request.endpointArn());
        Map<String, String> changes = SnsParameters.present(request.attributes(), "attributes");
        endpoint(request.endpointArn()).attributes.putAll(changes);
    }

    public ListEndpointsByPlatformApplicationResult listEndpointsByPlatformApplication(
            Caller caller, ListEndpointsByPlatformApplicationRequest request) {
        Application application = application(request.platformApplicationArn());
        List<Endpoint> mine = endpoints.values().stream()
                .filter(endpoint -> endpoint.applicationArn.equals(application.arn))
                .sorted(Comparator.comparing(endpoint -> endpoint.arn)).toList();
        Page<Endpoint> page = Page.of(mine, request.nextToken(), PAGE_SIZE, endpoint -> endpoint.arn,
                SnsError::invalidNextToken);
        return new ListEndpointsByPlatformApplicationResult(page.items().stream()
                .map(endpoint -> new dev.awsemulator.core.sns.api.Endpoint(endpoint.arn, Map.copyOf(endpoint.attributes)))
                .toList(), page.nextToken());
    }

    PublishResult publish(String endpointArn, String message, Map<String, MessageAttributeValue> attributes,
                          Instant at) {
        Endpoint endpoint = endpoints.get(endpointArn);
        if (endpoint == null) {
            throw SnsError.invalidParameter("TargetArn Reason: No endpoint found for the target arn specified");
        }
        if (!"true".equalsIgnoreCase(endpoint.attributes.get("Enabled"))) {
            throw SnsError.ENDPOINT_DISABLED.exception("Endpoint is disabled");
        }
        String messageId = UUID.randomUUID().toString();
        Delivery delivery = new Delivery(endpointArn, "application", endpoint.attributes.get("Token"),
                Delivery.Status.RECORDED, "no local push service; kept for inspection");
        recorder.accept(new PublishedMessage(messageId, endpointArn, message, null, attributes, at, null, null,
                List.of(delivery)));
        return new PublishResult(messageId, null);
    }

    /** The name, refused in AWS's words: each names the value it refuses. */
    private static String validName(String name) {
        if (name == null) {
            throw SnsError.invalidParameter("Name");
        }
        if (name.isEmpty()) {
            throw SnsError.invalidParameter(" Reason: cannot be empty");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw SnsError.invalidParameter(name + " Reason: must be at most 256 characters long");
        }
        if (!NAME.matcher(name).matches()) {
            throw SnsError.invalidParameter(name + " Reason: must contain only characters 'a'-'z', 'A'-'Z', "
                    + "'0'-'9', '_', '-', and '.'");
        }
        return name;
    }

    private Application application(String arn) {
        SnsResources.required("PlatformApplicationArn", arn);
        Application application = applications.get(arn);
        if (application == null) {
            throw SnsError.NOT_FOUND.exception("PlatformApplication does not exist");
        }
        return application;
    }

    private Endpoint endpoint(String arn) {
        Endpoint endpoint = endpoints.get(SnsResources.present("EndpointArn", arn));
        if (endpoint == null) {
            throw SnsError.NOT_FOUND.exception("Endpoint does not exist");
        }
        return endpoint;
    }


    private record Application(String arn, Map<String, String> attributes) {
        Application {
            attributes = new ConcurrentHashMap<>(attributes);
        }
    }

    private record Endpoint(String arn, String applicationArn, Map<String, String> attributes) {
        Endpoint {
            attributes = new ConcurrentHashMap<>(attributes);
        }
    }
}
