package dev.awsemulator.core.mq;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.mq.api.ConfigurationId;
import dev.awsemulator.core.mq.api.CreateBrokerRequest;
import dev.awsemulator.core.mq.api.User;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** Requests the engine tests send, filled as a careful client would fill them. */
final class MqTestRequests {

    static final Caller CALLER = new Caller("123456789012", "eu-west-1", URI.create("http://localhost:4566"));
    static final String PASSWORD = "correct-horse-9";

    private MqTestRequests() {
    }

    static User user(String name, String... groups) {
        return new User(false, List.of(groups), PASSWORD, name, false);
    }

    static CreateBrokerRequest activeMq(String name, User... users) {
        return broker(name, "ACTIVEMQ", "SINGLE_INSTANCE", null, List.of(users));
    }

    static CreateBrokerRequest broker(String name, String engine, String mode, ConfigurationId configuration,
                                      List<User> users) {
        return new CreateBrokerRequest(null, null, name, configuration, null, mode, null, engine, null,
                "mq.m5.large", null, null, null, false, null, null, null, Map.of("team", "orders"), users, null, null);
    }
}
