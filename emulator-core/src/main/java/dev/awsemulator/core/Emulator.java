package dev.awsemulator.core;

import dev.awsemulator.core.common.RetainedMemory;
import dev.awsemulator.core.kafka.KafkaService;
import dev.awsemulator.core.kinesis.KinesisOptions;
import dev.awsemulator.core.kinesis.KinesisService;
import dev.awsemulator.core.mq.MqService;
import dev.awsemulator.core.persistence.DataDirectory;
import dev.awsemulator.core.persistence.PersistenceOptions;
import dev.awsemulator.core.persistence.RestoredState;
import dev.awsemulator.core.persistence.ServiceStorages;
import dev.awsemulator.core.persistence.StateJournal;
import dev.awsemulator.core.service.EmulatedService;
import dev.awsemulator.core.service.Ports;
import dev.awsemulator.core.service.ServiceContext;
import dev.awsemulator.core.service.ServiceRegistration;
import dev.awsemulator.core.sns.SnsOptions;
import dev.awsemulator.core.sns.SnsService;
import dev.awsemulator.core.sns.delivery.HttpDelivery;
import dev.awsemulator.core.sns.delivery.QueueDelivery;
import dev.awsemulator.core.sqs.SqsOptions;
import dev.awsemulator.core.sqs.SqsService;
import dev.awsemulator.core.time.Clock;
import dev.awsemulator.core.time.SystemClock;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The composition root: every registered service of one emulator, sharing one clock, one journal and one
 * bound on retained memory, wired to each other through ports (SNS delivers into SQS, so neither knows the
 * other). Services keep the resources of every account and region they have seen. With a data directory
 * every change is journaled before it is acknowledged, and the state found there is restored when the
 * emulator is built. Everything done to "every service" iterates {@code SERVICES}.
 */
public final class Emulator implements AutoCloseable {

    /**
     * The services of every emulator, one line each, in dependency order: made and restored in this
     * order, emptied and closed in the reverse one (SNS delivers into SQS, so SQS comes first).
     */
    private static final List<ServiceRegistration<?>> SERVICES = List.of(
            SqsService.REGISTRATION,
            SnsService.REGISTRATION,
            KinesisService.REGISTRATION,
            MqService.REGISTRATION,
            KafkaService.REGISTRATION);

    private final Clock clock;
    private final Ports ports;
    private final RetainedMemory retainedMemory;
    private final ServiceStorages storages;
    private final Map<Class<?>, EmulatedService> byType = new LinkedHashMap<>();
    private final List<EmulatedService> services;
    private final List<EmulatedService> teardownOrder;
    /** Null when the emulator keeps its state in memory only. */
    private final DataDirectory dataDirectory;

    private Emulator(Builder builder) {
        this.clock = builder.clock != null ? builder.clock : new SystemClock();
        this.ports = new Ports(builder.ports);
        this.dataDirectory = builder.persistence == null ? null : DataDirectory.open(builder.persistence);
        StateJournal journal = dataDirectory == null ? StateJournal.NONE : dataDirectory;
        this.retainedMemory = new RetainedMemory(builder.maxRetainedBytes > 0 ? builder.maxRetainedBytes
                : RetainedMemory.defaultLimit());
        this.storages = new ServiceStorages(builder.persistence == null ? null : builder.persistence.directory());
        ServiceContext context = new ServiceContext(clock, journal, retainedMemory, builder.options, ports, storages,
                builder.checkOnly);
        SERVICES.forEach(registration -> byType.put(registration.type(), registration.create(context)));
        this.services = List.copyOf(byType.values());
        List<EmulatedService> reversed = new ArrayList<>(services);
        Collections.reverse(reversed);
        this.teardownOrder = List.copyOf(reversed);
        wirePorts();
        retainedMemory.reclaimWith(() -> services.forEach(EmulatedService::dropExpired));
        if (dataDirectory != null) {
            try {
                RestoredState restored = dataDirectory.restored();
                services.forEach(service -> service.restoreState(restored));
                dataDirectory.start(services);
            } catch (RuntimeException e) {
                dataDirectory.release();
                throw e;
            }
        }
    }

    /** What crosses services, declared once: SNS's queue deliveries go into this emulator's SQS. */
    private void wirePorts() {
        ports.offer(QueueDelivery.class, new SqsQueueDelivery(service(SqsService.class)));
    }

    public static Builder builder() {
        return new Builder();
    }

    public Clock clock() {
        return clock;
    }

    /** The registered service of this type. */
    public <S extends EmulatedService> S service(Class<S> type) {
        EmulatedService service = byType.get(type);
        if (service == null) {
            throw new IllegalArgumentException(type.getName() + " is not a service of this emulator");
        }
        return type.cast(service);
    }

    /** Every registered service, in registration order. */
    public List<EmulatedService> services() {
        return services;
    }

    public SqsService sqs() {
        return service(SqsService.class);
    }

    public SnsService sns() {
        return service(SnsService.class);
    }

    public KinesisService kinesis() {
        return service(KinesisService.class);
    }

    /**
     * Offers a default implementation of a port, e.g. the server's HTTP client for SNS deliveries to
     * HTTP subscribers; kept only if the builder bound none. True if it was taken.
     */
    public <P> boolean offer(Class<P> port, P implementation) {
        return ports.offer(port, implementation);
    }

    /** The heap retained messages and records may hold, shared by every service, and how much of it they hold now. */
    public RetainedMemory retainedMemory() {
        return retainedMemory;
    }

    /** Deletes every resource of every service, on disk too; the clock keeps its time. */
    public void reset() {
        teardownOrder.forEach(EmulatedService::reset);
        if (dataDirectory != null) {
            dataDirectory.compact();
        }
    }

    /**
     * Deletes every resource of one account, in every region and service, on disk too; other accounts
     * keep theirs, so tests that each use their own account can clean up while others still run.
     */
    public void deleteAccount(String accountId) {
        teardownOrder.forEach(service -> service.deleteAccount(accountId));
    }

    /** Answers every waiting request (long polls) now, with nothing; unlike {@link #reset()} the state stays. */
    public void endWaits() {
        services.forEach(EmulatedService::endWaits);
    }

    /** Writes a snapshot of the state now, so the journal starts again empty. Nothing to do in memory only. */
    public void compact() {
        if (dataDirectory != null) {
            dataDirectory.compact();
        }
    }

    /** Stops the emulator; with a data directory its last snapshot is written first and the state stays there. */
    @Override
    public void close() {
        if (dataDirectory != null) {
            dataDirectory.close();
        }
        teardownOrder.forEach(EmulatedService::close);
        storages.close();
        if (clock instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not stop the clock", e);
            }
        }
    }

    public static final class Builder {
        private Clock clock;
        private final Map<Class<?>, Object> options = new LinkedHashMap<>();
        private final Map<Class<?>, Object> ports = new LinkedHashMap<>();
        private PersistenceOptions persistence;
        private long maxRetainedBytes;
        private boolean checkOnly;

        private Builder() {
        }

        /**
         * An emulator that only checks what it is given against the services' rules (a config file, before a
         * server starts) and is then thrown away: services that own external resources start none (no broker
         * starts, no port is taken).
         */
        public Builder checkOnly() {
            this.checkOnly = true;
            return this;
        }

        /** The clock of every timer; a {@link dev.awsemulator.core.time.ManualClock} for virtual time. Default: wall clock. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * A service's options, found by their type ({@link SqsOptions}, {@link KinesisOptions}, ...); a later
         * one of the same type replaces an earlier one. A service given none uses its defaults.
         */
        public Builder options(Object serviceOptions) {
            options.put(serviceOptions.getClass(), serviceOptions);
            return this;
        }

        /** SQS's timing rules. Default: {@link SqsOptions#STRICT}, AWS's. */
        public Builder sqsOptions(SqsOptions sqsOptions) {
            return options(sqsOptions);
        }

        /** SNS's topic quotas. Default: AWS's (100,000 standard and 1,000 FIFO topics per account and region). */
        public Builder snsOptions(SnsOptions snsOptions) {
            return options(snsOptions);
        }

        /** Kinesis transition delays and throughput limits. Default: immediate transitions, no limits. */
        public Builder kinesisOptions(KinesisOptions kinesisOptions) {
            return options(kinesisOptions);
        }

        /** Binds a port for good: a host of the emulator cannot replace it with its own default. */
        public <P> Builder port(Class<P> type, P implementation) {
            ports.put(type, type.cast(implementation));
            return this;
        }

        /**
         * How SNS reaches HTTP/S subscribers. Default: the server's, when an {@code EmulatorServer} serves the
         * emulator; without one, deliveries fail.
         */
        public Builder httpDelivery(HttpDelivery httpDelivery) {
            return port(HttpDelivery.class, httpDelivery);
        }

        /**
         * Keeps the state in {@code directory}: restored when the emulator is built, every change journaled
         * there before it is acknowledged. Default: memory only.
         */
        public Builder dataDirectory(Path directory) {
            return persistence(directory == null ? null : PersistenceOptions.at(directory));
        }

        /** Like {@link #dataDirectory(Path)}, with the compaction threshold and device syncing chosen. */
        public Builder persistence(PersistenceOptions persistence) {
            this.persistence = persistence;
            return this;
        }

        /**
         * The heap retained SQS messages and Kinesis records may hold together, estimated per entry; beyond
         * it SendMessage answers OverLimit, PutRecord(s) LimitExceededException and Publish Throttled.
         * Default: half of the JVM's maximum heap ({@link RetainedMemory#DEFAULT_HEAP_FRACTION}).
         */
        public Builder maxRetainedBytes(long maxRetainedBytes) {
            if (maxRetainedBytes <= 0) {
                throw new IllegalArgumentException("maxRetainedBytes must be positive, was " + maxRetainedBytes);
            }
            this.maxRetainedBytes = maxRetainedBytes;
            return this;
        }

        public Emulator build() {
            return new Emulator(this);
        }
    }
}
