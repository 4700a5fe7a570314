package dev.awsemulator.server.mq;

import dev.awsemulator.core.mq.MqService;
import dev.awsemulator.core.mq.api.ConfigurationId;
import dev.awsemulator.core.mq.api.CreateBrokerRequest;
import dev.awsemulator.core.mq.api.CreateConfigurationRequest;
import dev.awsemulator.core.mq.api.UpdateConfigurationRequest;
import dev.awsemulator.server.config.ConfigCheck;
import dev.awsemulator.server.config.ConfigSection;
import dev.awsemulator.server.config.ConfigTarget;
import dev.awsemulator.server.config.ConfigValues;
import dev.awsemulator.server.config.NamedSection;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The config file's {@code brokerConfigurations} (CreateConfiguration, then UpdateConfiguration with the
 * text) and {@code brokers} (CreateBroker), each broker naming its users and, optionally, a configuration
 * of the file. Brokers start in the background: a broker is {@code RUNNING} a moment after the file is read.
 */
public final class MqConfig {

    public static final ConfigSection<Configuration> CONFIGURATIONS = new Configurations();
    public static final ConfigSection<Broker> BROKERS = new Brokers();

    private MqConfig() {
    }

    /** A configuration: {@code engineType} (default ACTIVEMQ) and its text (ActiveMQ XML or rabbitmq.conf), as is. */
    public record Configuration(String name, String engineType, String engineVersion, String data, String description,
                                Map<String, String> tags) {
        public Configuration {
            tags = ConfigValues.map(tags);
        }
    }

    /** A user of a broker; an ActiveMQ broker's users may have groups and console access. */
    public record BrokerUser(String username, String password, List<String> groups, Boolean consoleAccess) {
        public BrokerUser {
            groups = ConfigValues.list(groups);
        }
    }

    /**
     * A broker: {@code engineType} (default ACTIVEMQ), {@code engineVersion}, {@code deploymentMode} (default
     * SINGLE_INSTANCE), {@code hostInstanceType} (default mq.m5.large), its users, and optionally a
     * {@code configuration} of the file by name.
     */
    public record Broker(String name, String engineType, String engineVersion, String deploymentMode,
                         String hostInstanceType, List<BrokerUser> users, String configuration,
                         Map<String, String> tags) {
        public Broker {
            users = ConfigValues.list(users);
            tags = ConfigValues.map(tags);
        }
    }

    private static final class Configurations extends NamedSection<Configuration> {

        Configurations() {
            super("brokerConfigurations", Configuration.class, Configuration::name);
        }

        @Override
        public String create(Configuration entry, ConfigTarget target) {
            MqService mq = target.service(MqService.class);
            var created = mq.createConfiguration(target.caller(), new CreateConfigurationRequest(null,
                    entry.engineType() == null ? "ACTIVEMQ" : entry.engineType(), entry.engineVersion(), entry.name(),
                    entry.tags().isEmpty() ? null : entry.tags()));
            if (entry.data() != null) {
                mq.updateConfiguration(target.caller(), new UpdateConfigurationRequest(created.id(),
                        Base64.getEncoder().encodeToString(entry.data().getBytes(StandardCharsets.UTF_8)),
                        entry.description()));
            }
            return created.arn();
        }
    }

    private static final class Brokers extends NamedSection<Broker> {

        Brokers() {
            super("brokers", Broker.class, Broker::name);
        }

        @Override
        public void check(List<Broker> brokers, ConfigCheck check) {
            for (int i = 0; i < brokers.size(); i++) {
                String configuration = brokers.get(i).configuration();
                if (configuration != null && !check.declares(CONFIGURATIONS.key(), configuration)) {
                    check.problem(i, "configuration " + ConfigValues.quoted(configuration)
                            + " is not a broker configuration of " + check.scope());
                }
            }
        }

        @Override
        public String create(Broker entry, ConfigTarget target) {
            ConfigurationId configuration = null;
            if (entry.configuration() != null) {
                String arn = target.arn(CONFIGURATIONS.key(), entry.configuration());
                configuration = new ConfigurationId(arn.substring(arn.lastIndexOf(':') + 1), null);
            }
            List<dev.awsemulator.core.mq.api.User> users = entry.users().stream()
                    .map(user -> new dev.awsemulator.core.mq.api.User(user.consoleAccess(),
                            user.groups().isEmpty() ? null : user.groups(), user.password(), user.username(), null))
                    .toList();
            return target.service(MqService.class).createBroker(target.caller(), new CreateBrokerRequest(null, null,
                    entry.name(), configuration, null,
                    entry.deploymentMode() == null ? "SINGLE_INSTANCE" : entry.deploymentMode(), null,
                    entry.engineType() == null ? "ACTIVEMQ" : entry.engineType(), entry.engineVersion(),
                    entry.hostInstanceType() == null ? "mq.m5.large" : entry.hostInstanceType(), null, null, null,
                    false, null, null, null, entry.tags().isEmpty() ? null : entry.tags(), users, null, null))
                    .brokerArn();
        }
    }
}
