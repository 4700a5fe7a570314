package dev.awsemulator.kafka;

import org.apache.kafka.common.security.auth.AuthenticateCallbackHandler;
import org.apache.kafka.common.security.oauthbearer.OAuthBearerExtensionsValidatorCallback;
import org.apache.kafka.common.security.oauthbearer.OAuthBearerToken;
import org.apache.kafka.common.security.oauthbearer.OAuthBearerValidatorCallback;

import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.AppConfigurationEntry;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * OAUTHBEARER tokens of {@code aws-msk-iam-sasl-signer}: the base64url of a presigned URL for the action
 * {@code kafka-cluster:Connect}. The token names its principal (the access key id of {@code X-Amz-Credential})
 * and its lifetime ({@code X-Amz-Date} plus {@code X-Amz-Expires}); anything else is refused as
 * {@code invalid_token}.
 */
public final class IamTokenValidator implements AuthenticateCallbackHandler {

    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    @Override
    public void configure(Map<String, ?> configs, String saslMechanism, List<AppConfigurationEntry> entries) {
    }

    @Override
    public void handle(Callback[] callbacks) throws UnsupportedCallbackException {
        for (Callback callback : callbacks) {
            if (callback instanceof OAuthBearerValidatorCallback validation) {
                validate(validation);
            } else if (callback instanceof OAuthBearerExtensionsValidatorCallback extensions) {
                extensions.inputExtensions().map().keySet().forEach(extensions::valid);
            } else {
                throw new UnsupportedCallbackException(callback);
            }
        }
    }

    @Override
    public void close() {
    }

    private static void validate(OAuthBearerValidatorCallback callback) {
        try {
            String url = new String(Base64.getUrlDecoder().decode(callback.tokenValue()), StandardCharsets.UTF_8);
            Map<String, String> query = query(URI.create(url).getRawQuery());
            String credential = query.getOrDefault("X-Amz-Credential", "");
            if (!"kafka-cluster:Connect".equals(query.get("Action")) || credential.indexOf('/') <= 0) {
                callback.error("invalid_token", null, null);
                return;
            }
            Instant start = AMZ_DATE.parse(query.get("X-Amz-Date"), Instant::from);
            long lifetime = start.plusSeconds(Long.parseLong(query.getOrDefault("X-Amz-Expires", "900")))
                    .toEpochMilli();
            callback.token(new Token(callback.tokenValue(), credential.substring(0, credential.indexOf('/')),
                    start.toEpochMilli(), lifetime));
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            callback.error("invalid_token", null, null);
        }
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return parameters;
    }

    private record Token(String value, String principalName, Long startTimeMs, long lifetimeMs)
            implements OAuthBearerToken {

        @Override
        public Set<String> scope() {
            return Set.of();
        }
    }
}
