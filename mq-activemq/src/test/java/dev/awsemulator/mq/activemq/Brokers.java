package dev.awsemulator.mq.activemq;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.mq.BrokerOverview;
import dev.awsemulator.core.mq.BrokerProtocol;
import dev.awsemulator.core.mq.MqService;
import dev.awsemulator.core.mq.api.CreateBrokerRequest;
import dev.awsemulator.core.mq.api.User;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Creating ActiveMQ brokers through the control plane and reaching their listeners, for the tests. */
final class Brokers {

    static final Caller CALLER = new Caller(Caller.DEFAULT_ACCOUNT, Caller.DEFAULT_REGION,
            URI.create("http://127.0.0.1:4566"));
    static final String PASSWORD = "orders-password-1";

    private Brokers() {
    }

    static String create(MqService mq, String name, String... users) throws Exception {
        List<User> accounts = java.util.Arrays.stream(users)
                .map(user -> new User(false, List.of(user + "s"), PASSWORD, user, false)).toList();
        String id = mq.createBroker(CALLER, new CreateBrokerRequest(null, null, name, null, null, "SINGLE_INSTANCE",
                null, "ACTIVEMQ", null, "mq.m5.large", null, null, null, false, null, null, null, Map.of(), accounts,
                null, null)).brokerId();
        settle(mq, id);
        return id;
    }

    static String settle(MqService mq, String id) throws Exception {
        return mq.whenSettled(CALLER, id).toCompletableFuture().get(60, TimeUnit.SECONDS);
    }

    /** The port DescribeBroker's endpoint of {@code protocol} names. */
    static int port(MqService mq, String id, BrokerProtocol protocol, boolean tls) {
        BrokerOverview broker = mq.overview(CALLER, id);
        String endpoint = broker.endpoint(protocol, tls).orElseThrow();
        return URI.create(endpoint).getPort();
    }
}
