package dev.awsemulator.server.http;

import dev.awsemulator.core.common.Caller;
import io.undertow.server.HttpServerExchange;

import java.net.URI;

/**
 * Who a request comes from: the account and region of its credential scope, or these defaults when
 * it has none (or an access key id that is not an account id), reached through the endpoint it used.
 */
public record CallerDefaults(String accountId, String region) {

    Caller of(HttpServerExchange exchange, CredentialScope scope) {
        URI endpoint = URI.create(exchange.getRequestScheme() + "://" + exchange.getHostAndPort());
        return new Caller(scope.accountId(accountId), scope.region(region), endpoint);
    }
}
