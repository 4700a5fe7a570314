package dev.awsemulator.spring;

import org.springframework.util.ClassUtils;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

import java.util.Optional;

/**
 * Put into the application's SDK clients by Spring Cloud AWS: each call passes the emulator's
 * {@link RequestGate}, and while the context's consumers stop an SQS receive does not wait for messages.
 */
final class EmulatorInterceptor implements ExecutionInterceptor {

    private static final boolean SQS_PRESENT = ClassUtils.isPresent(
            "software.amazon.awssdk.services.sqs.model.ReceiveMessageRequest", EmulatorInterceptor.class.getClassLoader());
    /** The queue of a long poll, kept from its start to its end; absent for every other call. */
    private static final ExecutionAttribute<String> LONG_POLL_QUEUE = new ExecutionAttribute<>("awsEmulatorLongPollQueue");

    private final RequestGate gate;
    private final ContextLease lease;

    EmulatorInterceptor(RequestGate gate, ContextLease lease) {
        this.gate = gate;
        this.lease = lease;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String longPollQueue = longPollQueue(context.request()).orElse(null);
        gate.enter(longPollQueue);
        attributes.putAttribute(LONG_POLL_QUEUE, longPollQueue);
    }

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        return SQS_PRESENT && lease.consumersStopping() ? ShortPolls.withoutWait(context.request()) : context.request();
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        gate.leave(attributes.getAttribute(LONG_POLL_QUEUE));
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        gate.leave(attributes.getAttribute(LONG_POLL_QUEUE));
    }

    /** The queue name of an SQS receive that may wait for messages (read by member name: no SQS class needed). */
    private Optional<String> longPollQueue(SdkRequest request) {
        if (lease.consumersStopping()) {
            return Optional.empty();
        }
        return request.getValueForField("WaitTimeSeconds", Integer.class).filter(seconds -> seconds > 0)
                .flatMap(seconds -> request.getValueForField("QueueUrl", String.class))
                .map(url -> url.substring(url.lastIndexOf('/') + 1));
    }
}
