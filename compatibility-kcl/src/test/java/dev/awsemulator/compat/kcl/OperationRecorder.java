package dev.awsemulator.compat.kcl;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Which operations a client called: shows how a KCL worker actually read its shards. */
final class OperationRecorder implements ExecutionInterceptor {

    private final Set<String> operations = ConcurrentHashMap.newKeySet();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        operations.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
    }

    Set<String> operations() {
        return Set.copyOf(operations);
    }
}
