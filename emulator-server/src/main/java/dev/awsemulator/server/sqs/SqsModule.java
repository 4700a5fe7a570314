package dev.awsemulator.server.sqs;

import dev.awsemulator.core.sqs.SqsOptions;
import dev.awsemulator.core.sqs.SqsService;
import dev.awsemulator.server.api.ServiceDefinition;
import dev.awsemulator.server.config.ConfigSection;
import dev.awsemulator.server.dashboard.DashboardView;
import dev.awsemulator.server.service.CommandLineOptions;
import dev.awsemulator.server.service.ServiceModule;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Amazon SQS on the server: its operations, {@code queues} in the config file, the Queues section, the peek. */
public final class SqsModule implements ServiceModule<SqsService> {

    /** Where LocalStack's SQS peek is served: a queue's messages without receiving them. */
    public static final String PEEK_PATH = SqsPeek.PATH;

    @Override
    public Class<SqsService> serviceType() {
        return SqsService.class;
    }

    /** {@code --timing}: whether AWS's 60-second cooldowns hold. */
    @Override
    public Optional<CommandLineOptions<?>> commandLineOptions() {
        return Optional.of(new CommandLineOptions<>(SqsOptions.class, host -> SqsOptions.STRICT, List.of(
                new CommandLineOptions.Flag<>("--timing", "RULES", "EMULATOR_TIMING", "strict",
                        "strict keeps AWS's 60-second PurgeQueue and queue re-creation cooldowns; relaxed drops them",
                        SqsModule::timing))));
    }

    private static UnaryOperator<SqsOptions> timing(String text) {
        SqsOptions timing = switch (text.toLowerCase(Locale.ROOT)) {
            case "strict" -> SqsOptions.STRICT;
            case "relaxed" -> SqsOptions.RELAXED;
            default -> throw new IllegalArgumentException("--timing must be strict or relaxed, not " + text);
        };
        return options -> timing;
    }

    @Override
    public String displayName() {
        return "SQS";
    }

    @Override
    public ServiceDefinition definition(SqsService sqs) {
        return SqsApi.definition(sqs);
    }

    @Override
    public List<ConfigSection<?>> configSections() {
        return List.of(SqsConfig.QUEUES);
    }

    @Override
    public List<DashboardView> dashboardViews(SqsService sqs) {
        return List.of(DashboardView.of("queues", SqsModule.class, "queues.js", () -> QueuesView.of(sqs)));
    }
}
