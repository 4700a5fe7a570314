package dev.awsemulator.core.mq;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** Amazon MQ's rules for names, passwords and enumerated values, each refused with AWS's error and member. */
final class MqValidation {

    private static final Pattern BROKER_NAME = Pattern.compile("[A-Za-z0-9._~-]{1,50}");
    private static final Pattern CONFIGURATION_NAME = Pattern.compile("[A-Za-z0-9._~-]{1,150}");
    private static final Pattern ACTIVEMQ_USERNAME = Pattern.compile("[A-Za-z0-9._~-]{2,100}");
    private static final Pattern RABBITMQ_USERNAME = Pattern.compile("[A-Za-z0-9._-]{2,100}");
    private static final Pattern GROUP = Pattern.compile("[A-Za-z0-9._~-]{2,100}");
    private static final int MAX_GROUPS = 20;
    static final int MAX_USERS = 250;

    private MqValidation() {
    }

    static <T> T required(T value, String attribute) {
        if (value == null || value instanceof String text && text.isEmpty()) {
            throw MqError.BAD_REQUEST.exception(attribute, "The request must include the parameter [" + attribute + "].");
        }
        return value;
    }

    static EngineType engineType(String value) {
        for (EngineType type : EngineType.values()) {
            if (type.name().equalsIgnoreCase(required(value, "engineType"))) {
                return type;
            }
        }
        throw MqError.BAD_REQUEST.exception("engineType", "Broker engine type [" + value
                + "] is invalid. Valid values are: " + List.of(EngineType.values()) + ".");
    }

    static String oneOf(String value, Collection<String> valid, String attribute, String what) {
        if (!valid.contains(value)) {
            throw MqError.BAD_REQUEST.exception(attribute, what + " [" + value + "] is invalid. Valid values are: "
                    + valid + ".");
        }
        return value;
    }

    static void brokerName(String name) {
        if (!BROKER_NAME.matcher(required(name, "brokerName")).matches()) {
            throw MqError.BAD_REQUEST.exception("brokerName", "Broker name [" + name + "] is invalid. It must be"
                    + " 1-50 characters long and contain only alphanumeric characters, dashes, periods, underscores"
                    + " and tildes (- . _ ~).");
        }
    }

    static void configurationName(String name) {
        if (!CONFIGURATION_NAME.matcher(required(name, "name")).matches()) {
            throw MqError.BAD_REQUEST.exception("name", "Configuration name [" + name + "] is invalid. It must be"
                    + " 1-150 characters long and contain only alphanumeric characters, dashes, periods, underscores"
                    + " and tildes (- . _ ~).");
        }
    }

    static void username(EngineType engine, String username) {
        required(username, "username");
        boolean valid = engine == EngineType.ACTIVEMQ ? ACTIVEMQ_USERNAME.matcher(username).matches()
                : RABBITMQ_USERNAME.matcher(username).matches() && !"guest".equals(username);
        if (!valid) {
            throw MqError.BAD_REQUEST.exception("username", "Username [" + username + "] is invalid. It must be"
                    + " 2-100 characters long and contain only alphanumeric characters, dashes, periods, underscores"
                    + (engine == EngineType.ACTIVEMQ ? " and tildes (- . _ ~)." : " (- . _), and must not be guest."));
        }
    }

    static void password(String password) {
        required(password, "password");
        if (password.length() < 12 || password.length() > 250 || password.chars().distinct().count() < 4
                || password.chars().anyMatch(c -> c == ',' || c == ':' || c == '=' || c < 0x20 || c > 0x7E)) {
            throw MqError.BAD_REQUEST.exception("password", "Password is invalid. It must be 12-250 printable"
                    + " ASCII characters long, contain at least 4 unique characters, and must not contain commas,"
                    + " colons, or equal signs (,:=).");
        }
    }

    static List<String> groups(List<String> groups) {
        if (groups == null) {
            return List.of();
        }
        if (groups.size() > MAX_GROUPS) {
            throw MqError.BAD_REQUEST.exception("groups", "A user can belong to at most " + MAX_GROUPS + " groups.");
        }
        for (String group : groups) {
            if (group == null || !GROUP.matcher(group).matches()) {
                throw MqError.BAD_REQUEST.exception("groups", "Group [" + group + "] is invalid. It must be 2-100"
                        + " characters long and contain only alphanumeric characters, dashes, periods, underscores"
                        + " and tildes (- . _ ~).");
            }
        }
        return List.copyOf(groups);
    }

    static int maxResults(Integer maxResults, int fallback) {
        if (maxResults == null) {
            return fallback;
        }
        if (maxResults < 1 || maxResults > 100) {
            throw MqError.BAD_REQUEST.exception("maxResults", "The maximum number of results [" + maxResults
                    + "] is invalid. It must be between 1 and 100.");
        }
        return maxResults;
    }
}
