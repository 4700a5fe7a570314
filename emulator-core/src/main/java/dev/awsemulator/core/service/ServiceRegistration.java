package dev.awsemulator.core.service;

import java.util.Objects;
import java.util.function.Function;

/**
 * How an emulator makes one service: its type, by which {@link dev.awsemulator.core.Emulator#service(Class)}
 * finds it, and the factory that builds it from what the emulator shares with every service.
 *
 * <pre>{@code
 * public static final ServiceRegistration<QueueService> REGISTRATION = ServiceRegistration.of(QueueService.class,
 *         context -> new QueueService(context.clock(), context.options(QueueOptions.class, QueueOptions.DEFAULTS)));
 * }</pre>
 */
public record ServiceRegistration<S extends EmulatedService>(Class<S> type, Function<ServiceContext, S> factory) {

    public ServiceRegistration {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(factory, "factory");
    }

    public static <S extends EmulatedService> ServiceRegistration<S> of(Class<S> type,
                                                                       Function<ServiceContext, S> factory) {
        return new ServiceRegistration<>(type, factory);
    }

    /** Builds the service; fails if the factory made something else than its type says. */
    public S create(ServiceContext context) {
        return type.cast(Objects.requireNonNull(factory.apply(context), () -> type.getSimpleName() + " factory"));
    }
}
