package dev.awsemulator.server.service;

import dev.awsemulator.core.Emulator;
import dev.awsemulator.core.service.EmulatedService;
import dev.awsemulator.server.api.ServiceDefinition;
import dev.awsemulator.server.dashboard.DashboardView;

import java.util.List;
import java.util.function.Supplier;

/** A module bound to its service in one emulator: what the server wires into its handlers. */
public record BoundService(String name, String displayName, ServiceDefinition definition,
                           List<DashboardView> dashboardViews, Supplier<String> status,
                           List<ServedDocument> documents) {

    /** Finds the module's service in {@code emulator}, after the module offered it the ports it needs. */
    public static <S extends EmulatedService> BoundService bind(ServiceModule<S> module, Emulator emulator) {
        module.offerPorts(emulator);
        S service = emulator.service(module.serviceType());
        return new BoundService(service.name(), module.displayName(), module.definition(service),
                List.copyOf(module.dashboardViews(service)), () -> module.status(service),
                List.copyOf(module.documents(service)));
    }
}
