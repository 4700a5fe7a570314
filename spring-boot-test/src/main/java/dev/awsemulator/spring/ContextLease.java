package dev.awsemulator.spring;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * One context's hold on its emulator, returned when the context destroys its beans: after every listener
 * container has stopped and acknowledged what it received, so only then may the emulator stop.
 *
 * <p>While the context's consumers stop (the context closes, or restarts around a reset) its SQS receives do
 * not wait for messages, and the reset has ended the long polls already waiting, so listener containers stop at
 * once instead of after a long poll (on virtual time: instead of never).
 */
final class ContextLease implements ApplicationListener<ContextClosedEvent>, DisposableBean {

    private final ConfigurableApplicationContext context;
    private final SharedEmulator shared;
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
     * Resets the emulator, restarting the context's lifecycle beans around it (as Spring Framework 7 does when it
     * pauses and resumes a cached context): consumers that hold on to a queue or a stream, such as a Kinesis
     * shard iterator that a re-created stream no longer accepts, start again on the re-created resources.
     */
    void resetWithConsumersRestarted() {
        if (!context.isRunning()) {
            shared.reset();
            return;
        }
        consumersStopping = true;
        try {
            shared.reset();
            context.stop();
        } finally {
            consumersStopping = false;
        }
        context.start();
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        if (event.getApplicationContext() == context) {
            consumersStopping = true;
            shared.reset();
        }
    }

    @Override
    public void destroy() {
        shared.release();
    }
}
