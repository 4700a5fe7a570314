package dev.awsemulator.server.http;

import dev.awsemulator.core.common.Caller;
import io.undertow.server.HttpServerExchange;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who a request comes from: the account and region of its credential scope, or these defaults when
 * it has none (or an access key id that is not an account id), reached through the endpoint it used.
 */
public final class CallerDefaults {

    /**
     * Endpoints kept parsed, at most: clients reach a server through one or two, and parsing one was a few per
     * cent of a SendMessage's CPU; Host headers beyond these are parsed every time.
     */
    private static final int MAX_KEPT_ENDPOINTS = 64;

    private final String accountId;
    private final String region;
    private final Map<String, URI> endpoints = new ConcurrentHashMap<>();

    public CallerDefaults(String accountId, String region) {
        this.accountId = accountId;
        this.region = region;
    }

    public String accountId() {
        return accountId;
    }

    public String region() {
        return region;
    }

    Caller of(HttpServerExchange exchange, CredentialScope scope) {
        return new Caller(scope.accountId(accountId), scope.region(region),
                endpoint(exchange.getRequestScheme() + "://" + exchange.getHostAndPort()));
    }

    private URI endpoint(String text) {
        URI kept = endpoints.get(text);
        if (kept != null) {
            return kept;
        }
        URI parsed = URI.create(text);
        if (endpoints.size() < MAX_KEPT_ENDPOINTS) {
            endpoints.putIfAbsent(text, parsed);
        }
        return parsed;
    }
}
