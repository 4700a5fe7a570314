package dev.awsemulator.core.mq;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.common.Page;
import dev.awsemulator.core.mq.api.BrokerEngineType;
import dev.awsemulator.core.mq.api.BrokerInstanceOption;
import dev.awsemulator.core.mq.api.BrokerRequest;
import dev.awsemulator.core.mq.api.ConfigurationRequest;
import dev.awsemulator.core.mq.api.CreateBrokerRequest;
import dev.awsemulator.core.mq.api.CreateBrokerResult;
import dev.awsemulator.core.mq.api.CreateConfigurationRequest;
import dev.awsemulator.core.mq.api.CreateConfigurationResult;
import dev.awsemulator.core.mq.api.CreateTagsRequest;
import dev.awsemulator.core.mq.api.CreateUserRequest;
import dev.awsemulator.core.mq.api.DeleteBrokerResult;
import dev.awsemulator.core.mq.api.DeleteConfigurationResult;
import dev.awsemulator.core.mq.api.DeleteTagsRequest;
import dev.awsemulator.core.mq.api.DescribeBrokerEngineTypesRequest;
import dev.awsemulator.core.mq.api.DescribeBrokerEngineTypesResult;
import dev.awsemulator.core.mq.api.DescribeBrokerInstanceOptionsRequest;
import dev.awsemulator.core.mq.api.DescribeBrokerInstanceOptionsResult;
import dev.awsemulator.core.mq.api.DescribeBrokerResult;
import dev.awsemulator.core.mq.api.DescribeConfigurationResult;
import dev.awsemulator.core.mq.api.DescribeConfigurationRevisionRequest;
import dev.awsemulator.core.mq.api.DescribeConfigurationRevisionResult;
import dev.awsemulator.core.mq.api.DescribeUserResult;
import dev.awsemulator.core.mq.api.ListBrokersRequest;
import dev.awsemulator.core.mq.api.ListBrokersResult;
import dev.awsemulator.core.mq.api.ListConfigurationRevisionsRequest;
import dev.awsemulator.core.mq.api.ListConfigurationRevisionsResult;
import dev.awsemulator.core.mq.api.ListConfigurationsRequest;
import dev.awsemulator.core.mq.api.ListConfigurationsResult;
import dev.awsemulator.core.mq.api.ListTagsRequest;
import dev.awsemulator.core.mq.api.ListTagsResult;
import dev.awsemulator.core.mq.api.ListUsersRequest;
import dev.awsemulator.core.mq.api.ListUsersResult;
import dev.awsemulator.core.mq.api.PromoteRequest;
import dev.awsemulator.core.mq.api.PromoteResult;
import dev.awsemulator.core.mq.api.UpdateBrokerRequest;
import dev.awsemulator.core.mq.api.UpdateBrokerResult;
import dev.awsemulator.core.mq.api.UpdateConfigurationRequest;
import dev.awsemulator.core.mq.api.UpdateConfigurationResult;
import dev.awsemulator.core.mq.api.UpdateUserRequest;
import dev.awsemulator.core.mq.api.UserRequest;
import dev.awsemulator.core.persistence.RestoredState;
import dev.awsemulator.core.persistence.ServiceStorage;
import dev.awsemulator.core.persistence.StateJournal;
import dev.awsemulator.core.service.EmulatedService;
import dev.awsemulator.core.service.RuntimeLibraries;
import dev.awsemulator.core.service.ServiceRegistration;
import dev.awsemulator.core.time.Clock;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Amazon MQ: every operation of the 2017-11-27 API, named after it, over brokers that really run. A
 * broker's engine runtime (ActiveMQ Classic, or an AMQP 0-9-1 broker for RabbitMQ) comes from an optional
 * module found when the first broker starts; without one, brokers are control plane only. Brokers listen
 * on the emulator's host with TLS (one certificate for all, see {@link #certificatePem()}) and plaintext
 * twins; their files live in the service's {@link ServiceStorage}.
 */
public final class MqService implements EmulatedService {

    /** How an emulator makes its Amazon MQ. */
    public static final ServiceRegistration<MqService> REGISTRATION = ServiceRegistration.of(MqService.class,
            context -> new MqService(context.clock(), context.options(MqOptions.class, MqOptions.DEFAULTS),
                    context.journal(), context.storage("mq"),
                    context.port(BrokerEngines.class, new InstalledBrokerEngines(
                            context.port(RuntimeLibraries.class, RuntimeLibraries.CLASS_PATH))),
                    context.port(BrokerConsole.class, null)));

    private static final String TRUST_STORE = "truststore.p12";
    private static final String CERTIFICATE = "certificate.pem";

    private final Clock clock;
    private final String host;
    private final ServiceStorage storage;
    private final BrokerRegistry registry = new BrokerRegistry();
    private final Configurations configurations;
    private final MqJournal journal;
    private final BrokerRunner runner;
    private final Brokers brokers;
    private final BrokerUsers users;
    private final BrokerDescriptions descriptions;
    private BrokerTls tls;
    private ServiceStorage.StoredFile trustStore;

    public MqService(Clock clock, MqOptions options, StateJournal stateJournal, ServiceStorage storage,
                     Supplier<BrokerEngines> engines, Supplier<BrokerConsole> console) {
        this.clock = clock;
        this.host = options.host();
        this.storage = storage;
        this.configurations = new Configurations(clock);
        this.journal = new MqJournal(stateJournal, registry, configurations);
        this.runner = new BrokerRunner(clock, options, engines, this::tls, storage, configurations::text,
                journal::changed);
        this.brokers = new Brokers(clock, registry, configurations, runner, journal::changed);
        this.users = new BrokerUsers(registry, journal::changed);
        this.descriptions = new BrokerDescriptions(console);
    }

    @Override
    public String name() {
        return "mq";
    }

    /**
     * Stops every broker and deletes its files, and every configuration; the TLS certificate stays, and a broker
     * created again under a removed one's name takes its ports when free.
     */
    @Override
    public void reset() {
        runner.cancelTransitions();
        registry.all().forEach(runner::discard);
        registry.clearRememberingListeners();
        configurations.clear();
    }

    @Override
    public void deleteAccount(String accountId) {
        for (Broker broker : registry.all()) {
            if (broker.accountId.equals(accountId)) {
                runner.discard(broker);
                registry.remove(broker);
                journal.changed(broker);
            }
        }
        List<MqConfiguration> owned = configurations.all().stream()
                .filter(configuration -> configuration.accountId.equals(accountId)).toList();
        configurations.removeAccount(accountId);
        owned.forEach(journal::changed);
    }

    /** Stops every broker and frees its ports; with a data directory their files stay for the next start. */
    @Override
    public void close() {
        runner.cancelTransitions();
        for (Broker broker : registry.all()) {
            if (storage.persistent()) {
                runner.stopKeepingFiles(broker);
            } else {
                runner.discard(broker);
            }
        }
        runner.close();
    }

    @Override
    public void exportState(StateJournal out) {
        BrokerTls current;
        synchronized (this) {
            current = tls;
        }
        MqJournal.export(out, registry, configurations, current);
    }

    /** Rebuilds configurations and brokers, and starts again every broker that was running or starting. */
    @Override
    public void restoreState(RestoredState state) {
        synchronized (this) {
            tls = MqJournal.restoreCertificate(state);
        }
        MqJournal.restoreConfigurations(state).forEach(configurations::put);
        MqJournal.interruptedDeletions(state).forEach(id -> storage.delete(BrokerLaunch.BROKERS, id));
        for (Broker broker : MqJournal.restoreBrokers(state)) {
            registry.put(broker);
            String was = broker.state;
            if (!was.equals(Broker.CREATION_FAILED)) {
                runner.restart(broker);
            }
        }
    }

    // ---- brokers ----

    public CreateBrokerResult createBroker(Caller caller, CreateBrokerRequest request) {
        CreateBrokerResult result = brokers.create(caller, request);
        Broker broker = registry.get(result.brokerId());
        String configuration;
        synchronized (broker) {
            configuration = (broker.pendingConfiguration != null ? broker.pendingConfiguration
                    : broker.currentConfiguration).id();
        }
        journal.changed(configurations.get(configuration));
        return result;
    }

    public DescribeBrokerResult describeBroker(Caller caller, BrokerRequest request) {
        Broker broker = registry.find(caller, request.brokerId());
        return descriptions.describe(broker, caller.endpoint(), runner.installed(broker.engine));
    }

    public ListBrokersResult listBrokers(Caller caller, ListBrokersRequest request) {
        return brokers.list(caller, request);
    }

    public UpdateBrokerResult updateBroker(Caller caller, UpdateBrokerRequest request) {
        return brokers.update(caller, request);
    }

    public void rebootBroker(Caller caller, BrokerRequest request) {
        brokers.reboot(caller, request.brokerId());
    }

    public DeleteBrokerResult deleteBroker(Caller caller, BrokerRequest request) {
        brokers.delete(caller, request.brokerId());
        return new DeleteBrokerResult(request.brokerId());
    }

    public PromoteResult promote(Caller caller, PromoteRequest request) {
        brokers.promote(caller, request);
        return new PromoteResult(request.brokerId());
    }

    // ---- users ----

    public void createUser(Caller caller, CreateUserRequest request) {
        users.create(caller, request);
    }

    public DescribeUserResult describeUser(Caller caller, UserRequest request) {
        return users.describe(caller, request.brokerId(), request.username());
    }

    public ListUsersResult listUsers(Caller caller, ListUsersRequest request) {
        return users.list(caller, request);
    }

    public void updateUser(Caller caller, UpdateUserRequest request) {
        users.update(caller, request);
    }

    public void deleteUser(Caller caller, UserRequest request) {
        users.delete(caller, request.brokerId(), request.username());
    }

    // ---- configurations ----

    public CreateConfigurationResult createConfiguration(Caller caller, CreateConfigurationRequest request) {
        CreateConfigurationResult result = configurations.create(caller, request);
        journal.changed(configurations.get(result.id()));
        return result;
    }

    public DescribeConfigurationResult describeConfiguration(Caller caller, ConfigurationRequest request) {
        return configurations.describe(caller, request.configurationId());
    }

    public ListConfigurationsResult listConfigurations(Caller caller, ListConfigurationsRequest request) {
        return configurations.list(caller, request);
    }

    public UpdateConfigurationResult updateConfiguration(Caller caller, UpdateConfigurationRequest request) {
        UpdateConfigurationResult result = configurations.update(caller, request);
        journal.changed(configurations.get(result.id()));
        return result;
    }

    public DescribeConfigurationRevisionResult describeConfigurationRevision(
            Caller caller, DescribeConfigurationRevisionRequest request) {
        return configurations.describeRevision(caller, request);
    }

    public ListConfigurationRevisionsResult listConfigurationRevisions(Caller caller,
                                                                       ListConfigurationRevisionsRequest request) {
        return configurations.listRevisions(caller, request);
    }

    public DeleteConfigurationResult deleteConfiguration(Caller caller, ConfigurationRequest request) {
        MqConfiguration configuration = configurations.get(request.configurationId());
        configurations.delete(caller, request.configurationId(), registry.all());
        journal.changed(configuration);
        return new DeleteConfigurationResult(request.configurationId());
    }

    // ---- tags ----

    public void createTags(Caller caller, CreateTagsRequest request) {
        tagged(caller, request.resourceArn()).putAll(request.tags() == null ? java.util.Map.of() : request.tags());
        journalResource(request.resourceArn());
    }

    public void deleteTags(Caller caller, DeleteTagsRequest request) {
        dev.awsemulator.core.common.TagMap tags = tagged(caller, request.resourceArn());
        tags.removeAll(MqValidation.required(request.tagKeys(), "tagKeys"));
        journalResource(request.resourceArn());
    }

    public ListTagsResult listTags(Caller caller, ListTagsRequest request) {
        return new ListTagsResult(tagged(caller, request.resourceArn()).snapshot());
    }

    // ---- catalog ----

    public DescribeBrokerEngineTypesResult describeBrokerEngineTypes(Caller caller,
                                                                     DescribeBrokerEngineTypesRequest request) {
        int size = MqValidation.maxResults(request.maxResults(), 100);
        EngineType filter = request.engineType() == null ? null : MqValidation.engineType(request.engineType());
        List<BrokerEngineType> all = EngineCatalog.engineTypes().stream()
                .filter(type -> filter == null || type.engineType().equals(filter.name())).toList();
        Page<BrokerEngineType> page = Page.of(all, request.nextToken(), size, BrokerEngineType::engineType,
                MqText::invalidToken);
        return new DescribeBrokerEngineTypesResult(page.items(), Math.max(5, size), page.nextToken());
    }

    public DescribeBrokerInstanceOptionsResult describeBrokerInstanceOptions(
            Caller caller, DescribeBrokerInstanceOptionsRequest request) {
        int size = MqValidation.maxResults(request.maxResults(), 100);
        EngineType filter = request.engineType() == null ? null : MqValidation.engineType(request.engineType());
        List<BrokerInstanceOption> all = EngineCatalog.instanceOptions(caller.region()).stream()
                .filter(option -> filter == null || option.engineType().equals(filter.name()))
                .filter(option -> request.hostInstanceType() == null
                        || option.hostInstanceType().equals(request.hostInstanceType()))
                .filter(option -> request.storageType() == null || option.storageType().equals(request.storageType()))
                .toList();
        List<String> order = all.stream().map(MqService::optionKey).toList();
        Page<BrokerInstanceOption> page = Page.of(all, request.nextToken(), size,
                option -> String.format("%05d", order.indexOf(optionKey(option))), MqText::invalidToken);
        return new DescribeBrokerInstanceOptionsResult(page.items(), Math.max(5, size), page.nextToken());
    }

    // ---- for tools and tests ----

    /** Whether any broker of any account exists. */
    public boolean hasBrokers() {
        return !registry.all().isEmpty();
    }

    /** Every broker of every account and region, by ARN, with what its runtime holds. */
    public List<BrokerOverview> overview() {
        List<BrokerOverview> all = new ArrayList<>();
        for (Broker broker : registry.all()) {
            List<DestinationStats> destinations = runner.destinations(broker);
            synchronized (broker) {
                all.add(new BrokerOverview(broker.accountId, broker.region, broker.id, broker.name, broker.arn,
                        broker.engine, broker.engineVersion, broker.state, broker.deploymentMode, connectHost(),
                        broker.runtime == null ? List.of() : broker.listeners, destinations,
                        broker.credentials().stream().map(BrokerCredentials::username).toList(), broker.failure));
            }
        }
        all.sort(Comparator.comparing(BrokerOverview::brokerArn));
        return all;
    }

    /** The caller's broker, as {@link #overview()} shows it. */
    public BrokerOverview overview(Caller caller, String brokerId) {
        Broker broker = registry.find(caller, brokerId);
        return overview().stream().filter(o -> o.brokerId().equals(broker.id)).findFirst()
                .orElseThrow(() -> MqError.NOT_FOUND.exception("broker-id", "Can't find requested broker ["
                        + brokerId + "]. Make sure your broker exists."));
    }

    /**
     * Completes when the caller's broker leaves its {@code *_IN_PROGRESS} state (on a manual clock with a
     * transition delay, only once the clock passes it), with the state it reached, or {@code DELETED} once
     * it is gone.
     */
    public CompletionStage<String> whenSettled(Caller caller, String brokerId) {
        Broker broker = registry.find(caller, brokerId);
        return broker.settled().thenApply(ignored -> {
            synchronized (broker) {
                return broker.removed ? "DELETED" : broker.state;
            }
        });
    }

    /** The certificate every broker serves TLS with, as PEM; made on first use and kept across restarts. */
    public String certificatePem() {
        return tls().certificatePem();
    }

    /** The key and certificate, for clients that build their own TLS context. */
    public BrokerTls tlsMaterial() {
        return tls();
    }

    /**
     * A PKCS #12 file trusting the certificate (password {@code changeit}), with a PEM copy beside it: in
     * the data directory's {@code mq} folder when there is one. Written when the certificate is made.
     */
    public ServiceStorage.StoredFile trustStore() {
        tls();
        synchronized (this) {
            return trustStore;
        }
    }

    /** True when a runtime of this engine is on the class path. */
    public boolean runtimeInstalled(EngineType engine) {
        return runner.installed(engine);
    }

    private synchronized BrokerTls tls() {
        if (tls == null) {
            tls = BrokerTls.generate(host);
            journal.certificate(tls);
        }
        if (trustStore == null) {
            storage.write(CERTIFICATE, tls.certificatePem().getBytes(StandardCharsets.US_ASCII));
            trustStore = storage.write(TRUST_STORE, tls.trustStoreBytes());
        }
        return tls;
    }

    private String connectHost() {
        return host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
    }

    private dev.awsemulator.core.common.TagMap tagged(Caller caller, String arn) {
        MqValidation.required(arn, "resource-arn");
        Broker broker = registry.byArn(arn);
        if (broker != null && broker.accountId.equals(caller.accountId()) && broker.region.equals(caller.region())) {
            return broker.tags;
        }
        MqConfiguration configuration = configurations.byArn(arn);
        if (configuration != null && configuration.accountId.equals(caller.accountId())
                && configuration.region.equals(caller.region())) {
            return configuration.tags;
        }
        throw MqError.NOT_FOUND.exception("resource-arn", "Can't find requested resource [" + arn
                + "]. Make sure your resource exists.");
    }

    private void journalResource(String arn) {
        Broker broker = registry.byArn(arn);
        if (broker != null) {
            journal.changed(broker);
        }
        MqConfiguration configuration = configurations.byArn(arn);
        if (configuration != null) {
            journal.changed(configuration);
        }
    }

    private static String optionKey(BrokerInstanceOption option) {
        return option.engineType() + "/" + option.hostInstanceType() + "/" + option.storageType();
    }
}
