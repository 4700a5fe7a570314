package dev.awsemulator.server.mq;

import dev.awsemulator.core.mq.BrokerOverview;
import dev.awsemulator.core.mq.BrokerProtocol;
import dev.awsemulator.core.mq.DestinationStats;
import dev.awsemulator.core.mq.MqService;

import java.util.ArrayList;
import java.util.List;

/** Every broker: its state, endpoints (TLS, as DescribeBroker lists them, and plaintext), users and destinations. */
record BrokersView(List<BrokerView> brokers) {

    record BrokerView(String arn, String name, String account, String region, String id, String engine,
                      String version, String state, String deploymentMode, String failure, List<EndpointView> endpoints,
                      List<String> users, List<DestinationStats> destinations) {
    }

    record EndpointView(String protocol, String tls, String plaintext) {
    }

    static BrokersView of(MqService mq) {
        return new BrokersView(mq.overview().stream().map(BrokersView::broker).toList());
    }

    private static BrokerView broker(BrokerOverview broker) {
        List<EndpointView> endpoints = new ArrayList<>();
        for (BrokerProtocol protocol : BrokerProtocol.of(broker.engineType())) {
            broker.endpoint(protocol, true).ifPresent(tls -> endpoints.add(new EndpointView(protocol.name(), tls,
                    broker.endpoint(protocol, false).orElse(null))));
        }
        return new BrokerView(broker.brokerArn(), broker.brokerName(), broker.accountId(), broker.region(),
                broker.brokerId(), broker.engineType().name(), broker.engineVersion(), broker.state(),
                broker.deploymentMode(), broker.failure(), endpoints, broker.users(), broker.destinations());
    }
}
