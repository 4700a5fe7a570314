package dev.awsemulator.core.mq;

import dev.awsemulator.core.common.AwsException;

import java.util.Locale;

/** How Amazon MQ spells values in its answers, which is not always how requests spell them. */
final class MqText {

    private MqText() {
    }

    /** Answers name the engine as its project does: {@code ActiveMQ}, {@code RabbitMQ}. */
    static String engine(EngineType engine) {
        return engine == EngineType.ACTIVEMQ ? "ActiveMQ" : "RabbitMQ";
    }

    /** A request's authentication strategy, checked and kept in the API's spelling; SIMPLE by default. */
    static String authenticationStrategy(String requested) {
        if (requested == null) {
            return "SIMPLE";
        }
        String upper = requested.toUpperCase(Locale.ROOT);
        return MqValidation.oneOf(upper, java.util.List.of("SIMPLE", "LDAP", "CONFIG_MANAGED"),
                "authenticationStrategy", "Authentication strategy");
    }

    /** Answers spell the authentication strategy in lower case: {@code simple}, {@code ldap}. */
    static String authentication(String strategy) {
        return strategy == null ? null : strategy.toLowerCase(Locale.ROOT);
    }

    static AwsException invalidToken() {
        return MqError.BAD_REQUEST.exception("nextToken", "The request's nextToken is invalid.");
    }
}
