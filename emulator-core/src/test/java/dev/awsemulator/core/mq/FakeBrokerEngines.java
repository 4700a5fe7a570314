package dev.awsemulator.core.mq;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Runtimes that start nothing: they record each launch and report made-up ports, taking preferred ones again. */
final class FakeBrokerEngines implements BrokerEngines {

    final List<BrokerLaunch> launches = new CopyOnWriteArrayList<>();
    final List<FakeRunning> running = new CopyOnWriteArrayList<>();
    private final AtomicInteger nextPort = new AtomicInteger(20000);
    volatile String failWith;

    @Override
    public Optional<BrokerEngine> engine(EngineType type) {
        return Optional.of(new BrokerEngine() {
            @Override
            public EngineType engineType() {
                return type;
            }

            @Override
            public RunningBroker start(BrokerLaunch launch) {
                if (failWith != null) {
                    throw new IllegalStateException(failWith);
                }
                launches.add(launch);
                List<BrokerListener> listeners = new ArrayList<>();
                for (BrokerProtocol protocol : BrokerProtocol.of(type)) {
                    for (boolean tls : new boolean[] {true, false}) {
                        int preferred = launch.preferredPort(protocol, tls);
                        listeners.add(new BrokerListener(protocol, tls,
                                preferred > 0 ? preferred : nextPort.getAndIncrement()));
                    }
                }
                FakeRunning runtime = new FakeRunning(launch, listeners);
                running.add(runtime);
                return runtime;
            }
        });
    }

    /** The launches of one broker, in order. */
    List<BrokerLaunch> launchesOf(String brokerId) {
        return launches.stream().filter(launch -> launch.brokerId().equals(brokerId)).toList();
    }

    long runningCount() {
        return running.stream().filter(runtime -> !runtime.stopped).count();
    }

    static final class FakeRunning implements RunningBroker {
        final BrokerLaunch launch;
        final List<BrokerListener> listeners;
        volatile boolean stopped;

        FakeRunning(BrokerLaunch launch, List<BrokerListener> listeners) {
            this.launch = launch;
            this.listeners = List.copyOf(listeners);
        }

        @Override
        public List<BrokerListener> listeners() {
            return listeners;
        }

        @Override
        public List<DestinationStats> destinations() {
            return List.of(new DestinationStats("queue", "orders", 2, 1, 3, 1));
        }

        @Override
        public void stop() {
            stopped = true;
        }
    }
}
