package dev.awsemulator.junit;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.mq.BrokerOverview;
import dev.awsemulator.core.mq.BrokerProtocol;
import dev.awsemulator.core.mq.BrokerTls;
import dev.awsemulator.core.mq.MqService;
import dev.awsemulator.core.mq.api.BrokerRequest;
import dev.awsemulator.core.mq.api.BrokerSummary;
import dev.awsemulator.core.mq.api.ListBrokersRequest;

import javax.net.ssl.SSLContext;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A broker of one account, found by name and waited for until it runs. */
final class DeclaredBroker implements MqBroker {

    /** A broker starts in well under a second; this is a safety net for a machine under load. */
    private static final long START_SECONDS = 60;

    private final MqService mq;
    private final Caller caller;
    private final BrokerOverview overview;

    private DeclaredBroker(MqService mq, Caller caller, BrokerOverview overview) {
        this.mq = mq;
        this.caller = caller;
        this.overview = overview;
    }

    static MqBroker running(MqService mq, Caller caller, String name) {
        String id = mq.listBrokers(caller, new ListBrokersRequest(null, null)).brokerSummaries().stream()
                .filter(summary -> summary.brokerName().equals(name)).map(BrokerSummary::brokerId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no broker named " + name + " in account "
                        + caller.accountId() + " and region " + caller.region()));
        try {
            String state = mq.whenSettled(caller, id).toCompletableFuture().get(START_SECONDS, TimeUnit.SECONDS);
            if (!state.equals("RUNNING")) {
                throw new IllegalStateException("broker " + name + " is " + state + ": "
                        + mq.overview(caller, id).failure());
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("broker " + name + " did not start", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while broker " + name + " started", e);
        }
        return new DeclaredBroker(mq, caller, mq.overview(caller, id));
    }

    @Override
    public String brokerId() {
        return overview.brokerId();
    }

    @Override
    public String brokerArn() {
        return overview.brokerArn();
    }

    @Override
    public String endpoint(BrokerProtocol protocol) {
        String prefix = protocol.tlsScheme() + "://";
        return mq.describeBroker(caller, new BrokerRequest(overview.brokerId())).brokerInstances().get(0)
                .endpoints().stream().filter(endpoint -> endpoint.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(overview.engineType() + " brokers have no "
                        + protocol + " endpoint"));
    }

    @Override
    public String plaintextEndpoint(BrokerProtocol protocol) {
        return overview.endpoint(protocol, false).orElseThrow(() -> new IllegalArgumentException(
                overview.engineType() + " brokers have no " + protocol + " endpoint"));
    }

    @Override
    public SSLContext sslContext() {
        return mq.tlsMaterial().sslContext();
    }

    @Override
    public Path trustStore() {
        return mq.trustStore().path();
    }

    @Override
    public String trustStorePassword() {
        return new String(BrokerTls.STORE_PASSWORD);
    }

    @Override
    public String toString() {
        return "Amazon MQ broker " + overview.brokerName() + " (" + overview.brokerId() + ")";
    }
}
