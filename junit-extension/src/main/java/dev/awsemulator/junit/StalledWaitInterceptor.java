package dev.awsemulator.junit;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

import java.util.Set;

/**
 * Tells the {@link StalledWaitGuard} when a synchronous client's call that can wait on the clock starts and
 * ends; one call is one execution. Other calls are not watched: a slow one is not a stalled one.
 */
final class StalledWaitInterceptor implements ExecutionInterceptor {

    /** The call's own key: the attributes themselves compare by content, which changes as the call goes on. */
    private static final ExecutionAttribute<Object> CALL = new ExecutionAttribute<>("AwsEmulatorSynchronousCall");

    /** The operations that wait on the emulator's clock: SQS's long poll. */
    private static final Set<String> WAITING_OPERATIONS = Set.of("ReceiveMessage");

    private final StalledWaitGuard guard;

    StalledWaitInterceptor(StalledWaitGuard guard) {
        this.guard = guard;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        if (WAITING_OPERATIONS.contains(operation)) {
            Object call = new Object();
            attributes.putAttribute(CALL, call);
            guard.started(call, operation);
        }
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        guard.ended(attributes.getAttribute(CALL));
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        guard.failed(attributes.getAttribute(CALL));
    }
}
