package dev.awsemulator.server.robustness;

import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.server.api.ServiceDefinition;
import dev.awsemulator.server.protocol.QueryProtocol;
import dev.awsemulator.server.testsupport.BareRequest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Why a service's model refuses a Query form body as the server reads it (the last of a repeated parameter
 * wins, a malformed escape is skipped, the codec gives the form its input's structure), or null: the oracle of
 * a model-checked service's Query requests. It checks the form itself, so a codec that skipped the checks
 * would be caught accepting what the model refuses.
 */
final class QueryFormOracle {

    private static final Map<ServiceDefinition, QueryProtocol> CODECS = new ConcurrentHashMap<>();

    private QueryFormOracle() {
    }

    static String refusal(ServiceDefinition service, String operation, byte[] body) {
        Map<String, String> form = form(body);
        if (!operation.equals(form.get("Action"))) {
            return null;
        }
        try {
            QueryProtocol codec = CODECS.computeIfAbsent(service, QueryProtocol::new);
            service.inputChecks().checkConstraints(operation, codec.tree(service.operation(operation),
                    new BareRequest(body, form)));
            return null;
        } catch (AwsException refused) {
            return refused.getMessage();
        }
    }

    private static Map<String, String> form(byte[] body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            int equals = pair.indexOf('=');
            try {
                form.put(URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(equals < 0 ? "" : pair.substring(equals + 1), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException malformed) {
                // skipped, as the server skips it
            }
        }
        return form;
    }
}
