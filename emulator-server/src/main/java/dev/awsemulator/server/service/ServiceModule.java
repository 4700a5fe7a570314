package dev.awsemulator.server.service;

import dev.awsemulator.core.Emulator;
import dev.awsemulator.core.service.EmulatedService;
import dev.awsemulator.server.api.ServiceDefinition;
import dev.awsemulator.server.config.ConfigSection;
import dev.awsemulator.server.dashboard.DashboardView;

import java.util.List;
import java.util.Optional;

/**
 * One AWS service as the server offers it, over the core service it serves: the operation table and the
 * wire protocols it is reached by, its command-line options, its sections of the config file, its dashboard
 * sections and its health entry. {@link dev.awsemulator.server.EmulatorServer} holds one ordered list of modules and does
 * everything per service by iterating it, so adding a service is its packages plus one line there.
 *
 * @param <S> the core service
 */
public interface ServiceModule<S extends EmulatedService> {

    /** The core service this module serves, looked up in the emulator with {@link Emulator#service}. */
    Class<S> serviceType();

    /** How people call the service, as the dev server's banner lists it: {@code SQS}. */
    String displayName();

    /**
     * The operations and the wire facts of the service's protocols, for routing and the codecs; its
     * developer endpoints (SQS's message peek) are operations of it too.
     */
    ServiceDefinition definition(S service);

    /**
     * The service's options on the dev server's command line and environment, listed by {@code --help}: how each
     * flag is parsed into the options its core service reads. Default: none.
     */
    default Optional<CommandLineOptions<?>> commandLineOptions() {
        return Optional.empty();
    }

    /** The top-level keys of the config file this service reads and creates. Default: none. */
    default List<ConfigSection<?>> configSections() {
        return List.of();
    }

    /** The dashboard's sections for this service, in the order they are shown. Default: none. */
    default List<DashboardView> dashboardViews(S service) {
        return List.of();
    }

    /** The service's entry in the health endpoint, while the server runs. Default: {@code running}. */
    default String status(S service) {
        return "running";
    }

    /** Fixed documents the service serves over plain GETs (a signing certificate). Default: none. */
    default List<ServedDocument> documents(S service) {
        return List.of();
    }

    /**
     * Gives the emulator the ports this service needs from a server (SNS's HTTP client), through
     * {@link Emulator#offer}, which keeps what the emulator's builder bound instead. Default: none.
     */
    default void offerPorts(Emulator emulator) {
    }
}
