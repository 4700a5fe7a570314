package dev.awsemulator.junit;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/** Tells the {@link StalledWaitGuard} when a synchronous client's call starts and ends; one call is one execution. */
final class StalledWaitInterceptor implements ExecutionInterceptor {

    /** The call's own key: the attributes themselves compare by content, which changes as the call goes on. */
    private static final ExecutionAttribute<Object> CALL = new ExecutionAttribute<>("AwsEmulatorSynchronousCall");

    private final StalledWaitGuard guard;

    StalledWaitInterceptor(StalledWaitGuard guard) {
        this.guard = guard;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        Object call = new Object();
        attributes.putAttribute(CALL, call);
        guard.started(call, attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
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
