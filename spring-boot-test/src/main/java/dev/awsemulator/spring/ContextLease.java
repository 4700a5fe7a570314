package dev.awsemulator.spring;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * One context's hold on its emulator, returned when the context destroys its beans: after every listener
 * container has stopped and acknowledged what it received, so only then may the emulator stop.
 *
 * <p>As the first lifecycle bean of the last phase (Spring Cloud AWS's containers' phase) it stops first,
 * whenever the context stops its consumers (on close, on Spring Framework 7's pause of a cached context, around a
 * reset): from then on the context's SQS receives do not wait for messages, and a reset ends the long polls
 * already waiting, so the listener containers that stop next stop at once instead of after a long poll (on
 * virtual time: instead of never). The reset costs nothing: every test class resets the emulator before it
 * starts anyway.
 */
final class ContextLease implements SmartLifecycle, DisposableBean {

    private final ConfigurableApplicationContext context;
    private final SharedEmulator shared;
    private volatile boolean running;
    private volatile boolean consumersStopping;

    ContextLease(ConfigurableApplicationContext context, SharedEmulator shared) {
        this.context = context;
        this.shared = shared;
    }

    /** Whether an SQS receive should answer at once, because the context's consumers are stopping. */
    boolean consumersStopping() {
        return consumersStopping;
    }

    /**
     * Resets the emulator, restarting a running context's lifecycle beans around it, so that consumers holding on
     * to a queue or a stream (a Kinesis shard iterator, which a re-created stream no longer accepts) start again
     * on the re-created resources.
     */
    void resetWithConsumersRestarted() {
        if (context.isRunning()) {
            context.stop();
            context.start();
        } else {
            shared.reset();
        }
    }

    @Override
    public void start() {
        consumersStopping = false;
        running = true;
    }

    @Override
    public void stop() {
        consumersStopping = true;
        shared.reset();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    @Override
    public void destroy() {
        shared.release();
    }
}
