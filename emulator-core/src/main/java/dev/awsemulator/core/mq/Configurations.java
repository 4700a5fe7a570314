package dev.awsemulator.core.mq;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.common.Page;
import dev.awsemulator.core.mq.api.Configuration;
import dev.awsemulator.core.mq.api.ConfigurationId;
import dev.awsemulator.core.mq.api.ConfigurationRevision;
import dev.awsemulator.core.mq.api.CreateConfigurationRequest;
import dev.awsemulator.core.mq.api.CreateConfigurationResult;
import dev.awsemulator.core.mq.api.DescribeConfigurationResult;
import dev.awsemulator.core.mq.api.DescribeConfigurationRevisionRequest;
import dev.awsemulator.core.mq.api.DescribeConfigurationRevisionResult;
import dev.awsemulator.core.mq.api.ListConfigurationRevisionsRequest;
import dev.awsemulator.core.mq.api.ListConfigurationRevisionsResult;
import dev.awsemulator.core.mq.api.ListConfigurationsRequest;
import dev.awsemulator.core.mq.api.ListConfigurationsResult;
import dev.awsemulator.core.mq.api.SanitizationWarning;
import dev.awsemulator.core.mq.api.UpdateConfigurationRequest;
import dev.awsemulator.core.mq.api.UpdateConfigurationResult;
import dev.awsemulator.core.time.Clock;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Broker configurations and their revisions, per account and region. */
final class Configurations {

    private final Clock clock;
    private final Map<String, MqConfiguration> byId = new ConcurrentHashMap<>();

    Configurations(Clock clock) {
        this.clock = clock;
    }

    CreateConfigurationResult create(Caller caller, CreateConfigurationRequest request) {
        EngineType engine = MqValidation.engineType(request.engineType());
        MqValidation.configurationName(request.name());
        String version = request.engineVersion() == null ? EngineCatalog.defaultVersion(engine)
                : MqValidation.oneOf(request.engineVersion(), EngineCatalog.versions(engine), "engineVersion",
                "Broker engine version");
        String authentication = MqText.authenticationStrategy(request.authenticationStrategy());
        MqConfiguration configuration = add(caller, request.name(), engine, version, authentication,
                "Auto-generated default for " + request.name() + " on " + MqText.engine(engine) + " " + version);
        if (request.tags() != null) {
            configuration.tags.putAll(request.tags());
        }
        return new CreateConfigurationResult(configuration.arn, MqText.authentication(authentication),
                configuration.created, configuration.id, revision(configuration.latest()), configuration.name);
    }

    /** The configuration Amazon MQ makes for a broker created without one. */
    MqConfiguration createDefault(Caller caller, String brokerName, EngineType engine, String version,
                                  String authentication) {
        return add(caller, brokerName + "-configuration", engine, version, authentication,
                "Auto-generated default for " + brokerName + " on " + MqText.engine(engine) + " " + version);
    }

    private MqConfiguration add(Caller caller, String name, EngineType engine, String version, String authentication,
                                String description) {
        String id = "c-" + UUID.randomUUID();
        String arn = "arn:" + caller.partition() + ":mq:" + caller.region() + ":" + caller.accountId()
                + ":configuration:" + id;
        MqConfiguration configuration = new MqConfiguration(caller.accountId(), caller.region(), id, arn, name, engine,
                version, authentication, clock.now());
        String text = engine == EngineType.ACTIVEMQ ? ActiveMqConfiguration.DEFAULT : RabbitMqConfiguration.DEFAULT;
        configuration.add(clock.now(), description, encode(text));
        byId.put(id, configuration);
        return configuration;
    }

    DescribeConfigurationResult describe(Caller caller, String id) {
        MqConfiguration configuration = find(caller, id);
        MqConfiguration.Revision latest = configuration.latest();
        return new DescribeConfigurationResult(configuration.arn,
                MqText.authentication(configuration.authenticationStrategy), configuration.created,
                latest.description(), MqText.engine(configuration.engine), configuration.engineVersion,
                configuration.id, revision(latest), configuration.name, configuration.tags.snapshot());
    }

    ListConfigurationsResult list(Caller caller, ListConfigurationsRequest request) {
        int size = MqValidation.maxResults(request.maxResults(), 100);
        List<MqConfiguration> mine = byId.values().stream().filter(c -> owned(caller, c))
                .sorted(Comparator.comparing(c -> c.id)).toList();
        Page<MqConfiguration> page = Page.of(mine, request.nextToken(), size, c -> c.id, MqText::invalidToken);
        return new ListConfigurationsResult(page.items().stream().map(Configurations::summary).toList(), size,
                page.nextToken());
    }

    UpdateConfigurationResult update(Caller caller, UpdateConfigurationRequest request) {
        MqConfiguration configuration = find(caller, request.configurationId());
        String text = decode(MqValidation.required(request.data(), "data"));
        List<SanitizationWarning> warnings = List.of();
        String kept = request.data();
        if (configuration.engine == EngineType.ACTIVEMQ) {
            ActiveMqConfiguration sanitized = ActiveMqConfiguration.sanitize(text);
            warnings = sanitized.warnings();
            if (!warnings.isEmpty()) {
                kept = encode(sanitized.xml());
            }
        } else {
            RabbitMqConfiguration.validate(text);
        }
        MqConfiguration.Revision revision = configuration.add(clock.now(), request.description(), kept);
        return new UpdateConfigurationResult(configuration.arn, revision.created(), configuration.id,
                revision(revision), configuration.name, warnings);
    }

    DescribeConfigurationRevisionResult describeRevision(Caller caller, DescribeConfigurationRevisionRequest request) {
        MqConfiguration configuration = find(caller, request.configurationId());
        MqConfiguration.Revision revision = revision(configuration, request.configurationRevision());
        return new DescribeConfigurationRevisionResult(configuration.id, revision.created(), revision.data(),
                revision.description());
    }

    ListConfigurationRevisionsResult listRevisions(Caller caller, ListConfigurationRevisionsRequest request) {
        MqConfiguration configuration = find(caller, request.configurationId());
        int size = MqValidation.maxResults(request.maxResults(), 100);
        List<MqConfiguration.Revision> all = configuration.revisions();
        Page<MqConfiguration.Revision> page = Page.of(all, request.nextToken(), size,
                revision -> String.format("%010d", revision.number()), MqText::invalidToken);
        return new ListConfigurationRevisionsResult(configuration.id, size, page.nextToken(),
                page.items().stream().map(Configurations::revision).toList());
    }

    /** Deletes a configuration no broker uses. */
    void delete(Caller caller, String id, Collection<Broker> brokers) {
        MqConfiguration configuration = find(caller, id);
        for (Broker broker : brokers) {
            synchronized (broker) {
                if (uses(broker.currentConfiguration, id) || uses(broker.pendingConfiguration, id)) {
                    throw MqError.CONFLICT.exception("configuration-id", "Configuration [" + id
                            + "] is in use by broker [" + broker.id + "].");
                }
            }
        }
        byId.remove(configuration.id);
    }

    /**
     * The configuration and revision a broker is created or updated with, checked: it exists in the
     * caller's account and region, is of the broker's engine, and has the revision (the latest if none).
     */
    ConfigurationId resolve(Caller caller, ConfigurationId requested, EngineType engine) {
        MqConfiguration configuration = find(caller, MqValidation.required(requested.id(), "configuration.id"));
        if (configuration.engine != engine) {
            throw MqError.BAD_REQUEST.exception("configuration", "Configuration [" + configuration.id
                    + "] is for engine type [" + configuration.engine + "], not [" + engine + "].");
        }
        int number = requested.revision() == null ? configuration.latest().number() : requested.revision();
        if (configuration.revision(number) == null) {
            throw MqError.NOT_FOUND.exception("configuration.revision", "Can't find requested revision [" + number
                    + "] of configuration [" + configuration.id + "].");
        }
        return new ConfigurationId(configuration.id, number);
    }

    /** The decoded text of a configuration revision, or null if it is gone. */
    String text(ConfigurationId id) {
        MqConfiguration configuration = byId.get(id.id());
        MqConfiguration.Revision revision = configuration == null ? null : configuration.revision(id.revision());
        return revision == null ? null : decode(revision.data());
    }

    MqConfiguration get(String id) {
        return byId.get(id);
    }

    /** The configuration of this ARN, or null. */
    MqConfiguration byArn(String arn) {
        return byId.values().stream().filter(c -> c.arn.equals(arn)).findFirst().orElse(null);
    }

    Collection<MqConfiguration> all() {
        return byId.values();
    }

    void put(MqConfiguration configuration) {
        byId.put(configuration.id, configuration);
    }

    void removeAccount(String accountId) {
        byId.values().removeIf(c -> c.accountId.equals(accountId));
    }

    void clear() {
        byId.clear();
    }

    private MqConfiguration find(Caller caller, String id) {
        MqConfiguration configuration = id == null ? null : byId.get(id);
        if (configuration == null || !owned(caller, configuration)) {
            throw MqError.NOT_FOUND.exception("configuration-id", "Can't find requested configuration [" + id
                    + "]. Make sure your configuration exists.");
        }
        return configuration;
    }

    private static MqConfiguration.Revision revision(MqConfiguration configuration, String number) {
        MqConfiguration.Revision revision = null;
        try {
            revision = configuration.revision(Integer.parseInt(number));
        } catch (NumberFormatException e) {
            // not a number: not found either
        }
        if (revision == null) {
            throw MqError.NOT_FOUND.exception("configuration-revision", "Can't find requested revision [" + number
                    + "] of configuration [" + configuration.id + "].");
        }
        return revision;
    }

    private static boolean owned(Caller caller, MqConfiguration configuration) {
        return configuration.accountId.equals(caller.accountId()) && configuration.region.equals(caller.region());
    }

    private static boolean uses(ConfigurationId used, String id) {
        return used != null && used.id().equals(id);
    }

    private static Configuration summary(MqConfiguration configuration) {
        MqConfiguration.Revision latest = configuration.latest();
        return new Configuration(configuration.arn, MqText.authentication(configuration.authenticationStrategy),
                configuration.created, latest.description(), MqText.engine(configuration.engine),
                configuration.engineVersion, configuration.id, revision(latest), configuration.name,
                configuration.tags.snapshot());
    }

    private static ConfigurationRevision revision(MqConfiguration.Revision revision) {
        return new ConfigurationRevision(revision.created(), revision.description(), revision.number());
    }

    static String encode(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String data) {
        try {
            return new String(Base64.getDecoder().decode(data.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw MqError.BAD_REQUEST.exception("data", "The configuration data must be base64-encoded.");
        }
    }
}
