package dev.awsemulator.core.mq;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.common.Page;
import dev.awsemulator.core.mq.api.BrokerSummary;
import dev.awsemulator.core.mq.api.ConfigurationId;
import dev.awsemulator.core.mq.api.CreateBrokerRequest;
import dev.awsemulator.core.mq.api.CreateBrokerResult;
import dev.awsemulator.core.mq.api.DataReplicationCounterpart;
import dev.awsemulator.core.mq.api.DataReplicationMetadataOutput;
import dev.awsemulator.core.mq.api.EncryptionOptions;
import dev.awsemulator.core.mq.api.LdapServerMetadataInput;
import dev.awsemulator.core.mq.api.LdapServerMetadataOutput;
import dev.awsemulator.core.mq.api.ListBrokersRequest;
import dev.awsemulator.core.mq.api.ListBrokersResult;
import dev.awsemulator.core.mq.api.Logs;
import dev.awsemulator.core.mq.api.PromoteRequest;
import dev.awsemulator.core.mq.api.UpdateBrokerRequest;
import dev.awsemulator.core.mq.api.UpdateBrokerResult;
import dev.awsemulator.core.mq.api.User;
import dev.awsemulator.core.mq.api.WeeklyStartTime;
import dev.awsemulator.core.time.Clock;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Creating, changing, rebooting, promoting and deleting brokers. Every request is checked whole before
 * anything changes; settings Amazon MQ applies at a reboot are kept pending until then.
 */
final class Brokers {

    private static final List<String> DAYS = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
            "SATURDAY", "SUNDAY");

    private final Clock clock;
    private final BrokerRegistry registry;
    private final Configurations configurations;
    private final BrokerRunner runner;
    private final Consumer<Broker> changed;

    Brokers(Clock clock, BrokerRegistry registry, Configurations configurations, BrokerRunner runner,
            Consumer<Broker> changed) {
        this.clock = clock;
        this.registry = registry;
        this.configurations = configurations;
        this.runner = runner;
        this.changed = changed;
    }

    synchronized CreateBrokerResult create(Caller caller, CreateBrokerRequest request) {
        MqValidation.brokerName(request.brokerName());
        EngineType engine = MqValidation.engineType(request.engineType());
        String mode = MqValidation.required(request.deploymentMode(), "deploymentMode");
        String instanceType = MqValidation.oneOf(MqValidation.required(request.hostInstanceType(), "hostInstanceType"),
                EngineCatalog.instanceTypes(engine), "hostInstanceType", "Broker instance type");
        MqValidation.oneOf(mode, EngineCatalog.deploymentModes(engine, instanceType), "deploymentMode",
                "Deployment mode");
        MqValidation.required(request.publiclyAccessible(), "publiclyAccessible");
        String version = version(engine, request.engineVersion());
        String storage = request.storageType() == null ? EngineCatalog.defaultStorageType(engine, instanceType)
                : MqValidation.oneOf(request.storageType(), EngineCatalog.storageTypes(engine, instanceType),
                "storageType", "Storage type");
        String authentication = MqText.authenticationStrategy(request.authenticationStrategy());
        LdapServerMetadataOutput ldap = ldap(engine, authentication, request.ldapServerMetadata());
        List<User> users = request.users() == null ? List.of() : request.users();
        checkInitialUsers(engine, authentication, users);
        Logs logs = logs(engine, request.logs());
        WeeklyStartTime window = window(request.maintenanceWindowStartTime());
        Broker primary = replicationPrimary(caller, request, engine, mode);
        if (request.creatorRequestId() != null) {
            for (Broker existing : registry.of(caller)) {
                if (request.creatorRequestId().equals(existing.creatorRequestId)) {
                    return new CreateBrokerResult(existing.arn, existing.id);
                }
            }
        }
        if (registry.of(caller).stream().anyMatch(existing -> existing.name.equals(request.brokerName()))) {
            throw MqError.CONFLICT.exception("brokerName", "Broker with name [" + request.brokerName()
                    + "] already exists.");
        }
        ConfigurationId configuration = request.configuration() == null ? null
                : configurations.resolve(caller, request.configuration(), engine);
        if (configuration == null) {
            MqConfiguration made = configurations.createDefault(caller, request.brokerName(), engine, version,
                    authentication);
            configuration = new ConfigurationId(made.id, 1);
        }

        String id = "b-" + UUID.randomUUID();
        String arn = "arn:" + caller.partition() + ":mq:" + caller.region() + ":" + caller.accountId() + ":broker:"
                + request.brokerName() + ":" + id;
        Broker broker = new Broker(caller.accountId(), caller.region(), id, arn, request.brokerName(), engine,
                clock.now(), request.creatorRequestId(), mode, storage, request.publiclyAccessible(),
                request.subnetIds() == null ? defaultSubnets(id, mode) : request.subnetIds(),
                request.encryptionOptions() == null ? new EncryptionOptions(null, true) : request.encryptionOptions());
        synchronized (broker) {
            broker.engineVersion = version;
            broker.hostInstanceType = instanceType;
            broker.authenticationStrategy = authentication;
            broker.autoMinorVersionUpgrade = request.autoMinorVersionUpgrade() == null
                    || request.autoMinorVersionUpgrade();
            broker.securityGroups = request.securityGroups() == null ? List.of("sg-" + id.substring(2, 19).replace("-", ""))
                    : List.copyOf(request.securityGroups());
            broker.ldapServerMetadata = ldap;
            broker.logs = logs;
            broker.maintenanceWindowStartTime = window;
            broker.pendingConfiguration = configuration;
            broker.listeners = registry.takeListenersBeforeReset(caller, request.brokerName());
            broker.dataReplicationMode = primary == null ? "NONE" : "CRDR";
            if (primary != null) {
                broker.dataReplicationMetadata = new DataReplicationMetadataOutput(
                        new DataReplicationCounterpart(primary.id, primary.region), "REPLICA");
            }
            if (engine == EngineType.ACTIVEMQ) {
                for (User user : users) {
                    broker.users.put(user.username(), new BrokerUser(user.username(), settings(user), null, null));
                }
            } else if (!users.isEmpty()) {
                User admin = users.get(0);
                broker.users.put(admin.username(), new BrokerUser(admin.username(),
                        new BrokerUser.Settings(admin.password(), false, List.of(), false), null, null));
            }
        }
        if (request.tags() != null) {
            broker.tags.putAll(request.tags());
        }
        if (primary != null) {
            synchronized (primary) {
                primary.pendingDataReplicationMode = "CRDR";
                primary.dataReplicationMetadata = new DataReplicationMetadataOutput(
                        new DataReplicationCounterpart(broker.id, broker.region), "PRIMARY");
            }
            changed.accept(primary);
        }
        registry.put(broker);
        changed.accept(broker);
        runner.create(broker);
        return new CreateBrokerResult(arn, id);
    }

    synchronized UpdateBrokerResult update(Caller caller, UpdateBrokerRequest request) {
        Broker broker = registry.find(caller, request.brokerId());
        notBeingDeleted(broker);
        String version = request.engineVersion() == null ? null : version(broker.engine, request.engineVersion());
        String instanceType = request.hostInstanceType() == null ? null
                : MqValidation.oneOf(request.hostInstanceType(), EngineCatalog.instanceTypes(broker.engine),
                "hostInstanceType", "Broker instance type");
        if (instanceType != null) {
            MqValidation.oneOf(broker.deploymentMode, EngineCatalog.deploymentModes(broker.engine, instanceType),
                    "hostInstanceType", "Deployment mode");
        }
        String authentication = request.authenticationStrategy() == null ? null
                : MqText.authenticationStrategy(request.authenticationStrategy());
        LdapServerMetadataOutput ldap = request.ldapServerMetadata() == null ? null
                : ldap(broker.engine, "LDAP", request.ldapServerMetadata());
        if ("LDAP".equals(authentication) && ldap == null && broker.ldapServerMetadata == null) {
            throw MqError.BAD_REQUEST.exception("ldapServerMetadata",
                    "LDAP authentication requires ldapServerMetadata.");
        }
        Logs logs = request.logs() == null ? null : logs(broker.engine, request.logs());
        WeeklyStartTime window = request.maintenanceWindowStartTime() == null ? null
                : window(request.maintenanceWindowStartTime());
        ConfigurationId configuration = request.configuration() == null ? null
                : configurations.resolve(caller, request.configuration(), broker.engine);
        String replication = request.dataReplicationMode() == null ? null
                : MqValidation.oneOf(request.dataReplicationMode(), List.of("NONE", "CRDR"), "dataReplicationMode",
                "Data replication mode");
        synchronized (broker) {
            if (version != null && !version.equals(broker.engineVersion)) {
                broker.pendingEngineVersion = version;
            }
            if (instanceType != null && !instanceType.equals(broker.hostInstanceType)) {
                broker.pendingHostInstanceType = instanceType;
            }
            if (authentication != null && !authentication.equals(broker.authenticationStrategy)) {
                broker.pendingAuthenticationStrategy = authentication;
            }
            if (ldap != null) {
                broker.pendingLdapServerMetadata = ldap;
            }
            if (logs != null) {
                broker.pendingLogs = logs;
            }
            if (window != null) {
                broker.maintenanceWindowStartTime = window;
            }
            if (request.autoMinorVersionUpgrade() != null) {
                broker.autoMinorVersionUpgrade = request.autoMinorVersionUpgrade();
            }
            if (request.securityGroups() != null) {
                broker.pendingSecurityGroups = List.copyOf(request.securityGroups());
            }
            if (configuration != null) {
                broker.pendingConfiguration = configuration;
            }
            if (replication != null && !replication.equals(broker.dataReplicationMode)) {
                broker.pendingDataReplicationMode = replication;
            }
        }
        changed.accept(broker);
        synchronized (broker) {
            return new UpdateBrokerResult(MqText.authentication(authentication), request.autoMinorVersionUpgrade(),
                    broker.id, configuration, version, instanceType, ldap, logs, window, request.securityGroups(),
                    broker.dataReplicationMetadata, broker.dataReplicationMode, null,
                    broker.pendingDataReplicationMode);
        }
    }

    void reboot(Caller caller, String id) {
        Broker broker = registry.find(caller, id);
        synchronized (broker) {
            if (!broker.state.equals(Broker.RUNNING) && !broker.state.equals(Broker.CRITICAL_ACTION_REQUIRED)) {
                throw MqError.BAD_REQUEST.exception("broker-id", "Broker [" + id + "] is in state [" + broker.state
                        + "]. It can be rebooted only when it is RUNNING.");
            }
            broker.state(Broker.REBOOT_IN_PROGRESS);
        }
        changed.accept(broker);
        runner.reboot(broker);
    }

    void delete(Caller caller, String id) {
        Broker broker = registry.find(caller, id);
        notBeingDeleted(broker);
        synchronized (broker) {
            broker.state(Broker.DELETION_IN_PROGRESS);
        }
        changed.accept(broker);
        runner.delete(broker, () -> {
            broker.gone();
            registry.remove(broker);
        });
    }

    void promote(Caller caller, PromoteRequest request) {
        Broker broker = registry.find(caller, request.brokerId());
        MqValidation.oneOf(MqValidation.required(request.mode(), "mode"), List.of("SWITCHOVER", "FAILOVER"), "mode",
                "Promote mode");
        Broker counterpart;
        synchronized (broker) {
            DataReplicationMetadataOutput metadata = broker.dataReplicationMetadata;
            if (metadata == null || !"REPLICA".equals(metadata.dataReplicationRole())) {
                throw MqError.BAD_REQUEST.exception("broker-id", "Broker [" + broker.id
                        + "] is not the replica of a cross-region data replication pair.");
            }
            counterpart = registry.get(metadata.dataReplicationCounterpart().brokerId());
            broker.dataReplicationMetadata = new DataReplicationMetadataOutput(metadata.dataReplicationCounterpart(),
                    "PRIMARY");
        }
        if (counterpart != null) {
            synchronized (counterpart) {
                counterpart.dataReplicationMetadata = new DataReplicationMetadataOutput(
                        new DataReplicationCounterpart(broker.id, broker.region), "REPLICA");
            }
            changed.accept(counterpart);
        }
        changed.accept(broker);
    }

    ListBrokersResult list(Caller caller, ListBrokersRequest request) {
        int size = MqValidation.maxResults(request.maxResults(), 100);
        List<Broker> mine = registry.of(caller);
        List<String> order = mine.stream().map(broker -> broker.id).toList();
        Page<Broker> page = Page.of(mine, request.nextToken(), size,
                broker -> String.format("%010d", order.indexOf(broker.id)), MqText::invalidToken);
        List<BrokerSummary> summaries = new ArrayList<>();
        for (Broker broker : page.items()) {
            synchronized (broker) {
                summaries.add(new BrokerSummary(broker.arn, broker.id, broker.name, broker.state, broker.created,
                        broker.deploymentMode, MqText.engine(broker.engine), broker.hostInstanceType));
            }
        }
        return new ListBrokersResult(summaries, page.nextToken());
    }

    private static void notBeingDeleted(Broker broker) {
        synchronized (broker) {
            if (broker.state.equals(Broker.DELETION_IN_PROGRESS)) {
                throw MqError.BAD_REQUEST.exception("broker-id", "Broker [" + broker.id + "] is being deleted.");
            }
        }
    }

    private static String version(EngineType engine, String requested) {
        return requested == null ? EngineCatalog.defaultVersion(engine)
                : MqValidation.oneOf(requested, EngineCatalog.versions(engine), "engineVersion", "Broker engine version");
    }

    private static void checkInitialUsers(EngineType engine, String authentication, List<User> users) {
        if (engine == EngineType.RABBITMQ) {
            if (!"SIMPLE".equals(authentication) ? users.size() > 1 : users.size() != 1) {
                throw MqError.BAD_REQUEST.exception("users", "Specify exactly one user for engine type [RABBITMQ].");
            }
        } else if ("SIMPLE".equals(authentication) && users.isEmpty()) {
            throw MqError.BAD_REQUEST.exception("users", "Specify at least one user for engine type [ACTIVEMQ].");
        }
        if (users.size() > MqValidation.MAX_USERS) {
            throw MqError.BAD_REQUEST.exception("users", "A broker can have at most " + MqValidation.MAX_USERS
                    + " users.");
        }
        Set<String> names = new HashSet<>();
        for (User user : users) {
            MqValidation.username(engine, user.username());
            MqValidation.password(user.password());
            if (engine == EngineType.ACTIVEMQ) {
                MqValidation.groups(user.groups());
            }
            if (!names.add(user.username())) {
                throw MqError.BAD_REQUEST.exception("users", "User [" + user.username() + "] is listed twice.");
            }
        }
    }

    static BrokerUser.Settings settings(User user) {
        return new BrokerUser.Settings(user.password(), Boolean.TRUE.equals(user.consoleAccess()),
                MqValidation.groups(user.groups()), Boolean.TRUE.equals(user.replicationUser()));
    }

    private static LdapServerMetadataOutput ldap(EngineType engine, String authentication,
                                                 LdapServerMetadataInput input) {
        if (!"LDAP".equals(authentication)) {
            return null;
        }
        if (engine != EngineType.ACTIVEMQ) {
            throw MqError.BAD_REQUEST.exception("authenticationStrategy",
                    "LDAP authentication is supported only for engine type [ACTIVEMQ].");
        }
        LdapServerMetadataInput ldap = MqValidation.required(input, "ldapServerMetadata");
        MqValidation.required(ldap.hosts(), "ldapServerMetadata.hosts");
        MqValidation.required(ldap.serviceAccountUsername(), "ldapServerMetadata.serviceAccountUsername");
        MqValidation.required(ldap.serviceAccountPassword(), "ldapServerMetadata.serviceAccountPassword");
        return new LdapServerMetadataOutput(ldap.hosts(), ldap.roleBase(), ldap.roleName(), ldap.roleSearchMatching(),
                ldap.roleSearchSubtree(), ldap.serviceAccountUsername(), ldap.userBase(), ldap.userRoleName(),
                ldap.userSearchMatching(), ldap.userSearchSubtree());
    }

    private static Logs logs(EngineType engine, Logs requested) {
        boolean audit = requested != null && Boolean.TRUE.equals(requested.audit());
        if (audit && engine == EngineType.RABBITMQ) {
            throw MqError.BAD_REQUEST.exception("logs.audit", "Audit logs are not supported for engine type"
                    + " [RABBITMQ].");
        }
        boolean general = requested != null && Boolean.TRUE.equals(requested.general());
        return new Logs(engine == EngineType.ACTIVEMQ ? audit : null, general);
    }

    private static WeeklyStartTime window(WeeklyStartTime requested) {
        if (requested == null) {
            return new WeeklyStartTime("SUNDAY", "00:00", "UTC");
        }
        String day = MqValidation.required(requested.dayOfWeek(), "maintenanceWindowStartTime.dayOfWeek")
                .toUpperCase(Locale.ROOT);
        MqValidation.oneOf(day, DAYS, "maintenanceWindowStartTime.dayOfWeek", "Day of week");
        String time = MqValidation.required(requested.timeOfDay(), "maintenanceWindowStartTime.timeOfDay");
        if (!time.matches("([01][0-9]|2[0-3]):[0-5][0-9]")) {
            throw MqError.BAD_REQUEST.exception("maintenanceWindowStartTime.timeOfDay", "Time of day [" + time
                    + "] is invalid. It must be HH:MM in 24-hour time.");
        }
        return new WeeklyStartTime(day, time, requested.timeZone() == null ? "UTC" : requested.timeZone());
    }

    private Broker replicationPrimary(Caller caller, CreateBrokerRequest request, EngineType engine, String mode) {
        String replication = request.dataReplicationMode() == null ? "NONE"
                : MqValidation.oneOf(request.dataReplicationMode(), List.of("NONE", "CRDR"), "dataReplicationMode",
                "Data replication mode");
        if (replication.equals("NONE")) {
            return null;
        }
        if (engine != EngineType.ACTIVEMQ || !mode.equals(EngineCatalog.ACTIVE_STANDBY_MULTI_AZ)) {
            throw MqError.BAD_REQUEST.exception("dataReplicationMode", "Cross-region data replication needs an"
                    + " ACTIVEMQ broker in ACTIVE_STANDBY_MULTI_AZ mode.");
        }
        String arn = MqValidation.required(request.dataReplicationPrimaryBrokerArn(), "dataReplicationPrimaryBrokerArn");
        Broker primary = registry.byArn(arn);
        if (primary == null || !primary.accountId.equals(caller.accountId())) {
            throw MqError.NOT_FOUND.exception("dataReplicationPrimaryBrokerArn", "Can't find requested broker ["
                    + arn + "]. Make sure your broker exists.");
        }
        return primary;
    }

    private static List<String> defaultSubnets(String id, String mode) {
        int count = mode.equals(EngineCatalog.SINGLE_INSTANCE) ? 1 : 2;
        List<String> subnets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            subnets.add("subnet-" + id.substring(2, 10) + "0000000" + (char) ('a' + i));
        }
        return subnets;
    }
}
