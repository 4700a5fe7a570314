package dev.awsemulator.core.mq;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A RabbitMQ configuration as Amazon MQ takes it: a {@code rabbitmq.conf} in the new (sysctl-like) format,
 * limited to the keys Amazon MQ lets users set. A key it does not permit, or a line that is no
 * {@code key = value}, is refused with BadRequestException.
 */
final class RabbitMqConfiguration {

    static final String DEFAULT = """
            # Default RabbitMQ delivery acknowledgement timeout is 30 minutes in milliseconds
            consumer_timeout = 1800000
            """;

    private static final Set<String> KEYS = Set.of("consumer_timeout", "heartbeat",
            "management.restrictions.operator_policy_changes.disabled",
            "quorum_queue.property_equivalence.relaxed_checks_on_redeclaration",
            "secure.management.http.headers.enabled");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,10}");
    private static final Set<String> NUMERIC = Set.of("consumer_timeout", "heartbeat");

    private RabbitMqConfiguration() {
    }

    static void validate(String conf) {
        for (String raw : conf.split("\n", -1)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 1) {
                throw MqError.BAD_REQUEST.exception("data", "Configuration line [" + line
                        + "] is invalid. Lines must be key = value.");
            }
            String key = line.substring(0, equals).strip();
            String value = line.substring(equals + 1).strip();
            if (!KEYS.contains(key)) {
                throw MqError.BAD_REQUEST.exception("data", "Configuration key [" + key + "] is not supported."
                        + " Supported keys are: " + KEYS.stream().sorted().toList() + ".");
            }
            boolean valid = NUMERIC.contains(key) ? NUMBER.matcher(value).matches()
                    : value.equals("true") || value.equals("false");
            if (!valid) {
                throw MqError.BAD_REQUEST.exception("data", "Configuration value [" + value + "] of key [" + key
                        + "] is invalid.");
            }
        }
    }
}
