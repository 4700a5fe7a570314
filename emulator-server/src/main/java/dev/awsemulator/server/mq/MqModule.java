package dev.awsemulator.server.mq;

import dev.awsemulator.core.Emulator;
import dev.awsemulator.core.mq.BrokerConsole;
import dev.awsemulator.core.mq.EngineType;
import dev.awsemulator.core.mq.MqOptions;
import dev.awsemulator.core.mq.MqService;
import dev.awsemulator.server.api.ServiceDefinition;
import dev.awsemulator.server.config.ConfigSection;
import dev.awsemulator.server.dashboard.DashboardView;
import dev.awsemulator.server.service.CommandLineOptions;
import dev.awsemulator.server.service.OptionValues;
import dev.awsemulator.server.service.ServedDocument;
import dev.awsemulator.server.service.ServiceModule;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Amazon MQ on the server: its REST-JSON operations, {@code brokerConfigurations} and {@code brokers} in
 * the config file, the Brokers section of the dashboard (which is also each broker's ConsoleURL), and the
 * certificate every broker serves TLS with, at {@value #CERTIFICATE_PATH}.
 */
public final class MqModule implements ServiceModule<MqService> {

    /** Where clients fetch the brokers' certificate to trust it. */
    public static final String CERTIFICATE_PATH = "/_emulator/mq/certificate.pem";

    @Override
    public Class<MqService> serviceType() {
        return MqService.class;
    }

    /** How long transitions take; brokers listen on the server's own host. */
    @Override
    public Optional<CommandLineOptions<?>> commandLineOptions() {
        return Optional.of(new CommandLineOptions<>(MqOptions.class, MqOptions.DEFAULTS::withHost, List.of(
                new CommandLineOptions.Flag<>("--mq-transition-delay", "DURATION", "EMULATOR_MQ_TRANSITION_DELAY", "0",
                        "how long Amazon MQ brokers stay CREATION_IN_PROGRESS, REBOOT_IN_PROGRESS or "
                                + "DELETION_IN_PROGRESS after they are ready, e.g. 500ms or 2s",
                        text -> {
                            Duration delay = OptionValues.duration(text, "--mq-transition-delay");
                            return options -> options.withTransitionDelay(delay);
                        }))));
    }

    @Override
    public String displayName() {
        return "MQ";
    }

    @Override
    public ServiceDefinition definition(MqService mq) {
        return MqApi.definition(mq);
    }

    @Override
    public List<ConfigSection<?>> configSections() {
        return List.of(MqConfig.CONFIGURATIONS, MqConfig.BROKERS);
    }

    @Override
    public List<DashboardView> dashboardViews(MqService mq) {
        return List.of(DashboardView.of("brokers", MqModule.class, "brokers.js", () -> BrokersView.of(mq)));
    }

    /**
     * Running; without an engine's runtime on the class path its brokers are control plane only, and it says
     * so once there are brokers: looking for the runtimes before would load them, and health is polled.
     */
    @Override
    public String status(MqService mq) {
        if (!mq.hasBrokers()) {
            return "running";
        }
        List<String> missing = Arrays.stream(EngineType.values())
                .filter(engine -> !mq.runtimeInstalled(engine)).map(Enum::name).toList();
        return missing.isEmpty() ? "running" : "running (control plane only for " + String.join(", ", missing) + ")";
    }

    @Override
    public List<ServedDocument> documents(MqService mq) {
        return List.of(new ServedDocument(CERTIFICATE_PATH, "application/x-pem-file", mq::certificatePem));
    }

    /** A broker's ConsoleURL is the dashboard of the emulator that serves it. */
    @Override
    public void offerPorts(Emulator emulator) {
        emulator.offer(BrokerConsole.class, (endpoint, brokerId) -> endpoint.resolve("/_emulator/dashboard/#brokers")
                .toString());
    }
}
