package dev.awsemulator.server.kinesis;

import dev.awsemulator.core.kinesis.KinesisOptions;
import dev.awsemulator.core.kinesis.KinesisService;
import dev.awsemulator.server.api.ServiceDefinition;
import dev.awsemulator.server.config.ConfigSection;
import dev.awsemulator.server.dashboard.DashboardView;
import dev.awsemulator.server.service.CommandLineOptions;
import dev.awsemulator.server.service.OptionValues;
import dev.awsemulator.server.service.ServiceModule;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Amazon Kinesis Data Streams on the server: its operations, {@code streams} in the config file, the Streams section. */
public final class KinesisModule implements ServiceModule<KinesisService> {

    @Override
    public Class<KinesisService> serviceType() {
        return KinesisService.class;
    }

    /** How long transitions take, and whether the per-shard throughput limits hold. */
    @Override
    public Optional<CommandLineOptions<?>> commandLineOptions() {
        return Optional.of(new CommandLineOptions<>(KinesisOptions.class, host -> KinesisOptions.DEFAULTS, List.of(
                new CommandLineOptions.Flag<>("--kinesis-transition-delay", "DURATION",
                        "EMULATOR_KINESIS_TRANSITION_DELAY", "0",
                        "how long Kinesis streams and consumers stay CREATING, UPDATING or DELETING, e.g. 500ms or 2s",
                        text -> {
                            Duration delay = OptionValues.duration(text, "--kinesis-transition-delay");
                            return options -> options.withTransitionDelay(delay);
                        }),
                new CommandLineOptions.Flag<>("--kinesis-throughput-limits", null, "EMULATOR_KINESIS_THROUGHPUT_LIMITS",
                        "off", "enforce Kinesis's per-shard read and write limits",
                        text -> {
                            boolean enabled = OptionValues.bool(text, "EMULATOR_KINESIS_THROUGHPUT_LIMITS");
                            return options -> options.withThroughputLimits(enabled);
                        }))));
    }

    @Override
    public String displayName() {
        return "Kinesis";
    }

    @Override
    public ServiceDefinition definition(KinesisService kinesis) {
        return KinesisApi.definition(kinesis);
    }

    @Override
    public List<ConfigSection<?>> configSections() {
        return List.of(KinesisConfig.STREAMS);
    }

    @Override
    public List<DashboardView> dashboardViews(KinesisService kinesis) {
        return List.of(DashboardView.of("streams", KinesisModule.class, "streams.js", () -> StreamsView.of(kinesis)));
    }
}
