package dev.awsemulator.junit;

import dev.awsemulator.server.faults.Faults;
import dev.awsemulator.server.requests.HandledRequest;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.parallel.ExecutionMode;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs an emulator for tests: through {@link AwsEmulatorTest}, or registered as a field for the
 * options the annotation lacks. The field is also the {@link AwsEmulator} handle.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final AwsEmulatorExtension aws = AwsEmulatorExtension.builder()
 *         .virtualTime().fifoQueue("payments.fifo").topic("orders").queue("audit")
 *         .subscribe("orders", "audit", "{\"type\": [\"refund\"]}")
 *         .build();
 * }</pre>
 *
 * <p>Lifecycle follows JUnit's semantics: a {@code static} field (or the annotation) runs one
 * emulator per class, shared with {@code @Nested} classes and reset before each test unless told
 * otherwise; an instance field runs a fresh emulator per test. Parameters are injected either way;
 * with two emulators registered for one class, injection is refused with a message naming both.
 *
 * <p>With {@link AwsEmulatorExtensionBuilder#accountPerTest()} a class-wide emulator is not reset: each
 * test acts as a fresh account of its own, deleted after it, so tests may run concurrently.
 */
public final class AwsEmulatorExtension implements AwsEmulator, BeforeAllCallback, BeforeEachCallback,
        AfterEachCallback, AfterAllCallback, ParameterResolver, AutoCloseable {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(AwsEmulatorExtension.class);
    /** The annotation's emulator: one key for the whole class tree, so nested classes find their outer one. */
    private static final String DECLARED = "declared emulator";
    private static final String PARALLEL_ENABLED = "junit.jupiter.execution.parallel.enabled";

    /** Where a test's own account is kept, in the test's store, for the emulator of {@code emulatorKey}. */
    private record TestAccountKey(Object emulatorKey) {
    }

    /** Null when the annotation drives this instance; it then reads its settings from the test class. */
    private final Settings settings;
    private volatile RunningEmulator current;
    /** The emulator {@link AwsEmulatorExtensionBuilder#start()} started, which only {@link #close()} stops. */
    private volatile RunningEmulator startedByCaller;
    /** The account of the test this thread runs, so the field acts as it too. */
    private final ThreadLocal<AccountHandle> testAccountOnThisThread = new ThreadLocal<>();

    /** For {@link AwsEmulatorTest} and {@code @ExtendWith}; use {@link #builder()} in code. */
    public AwsEmulatorExtension() {
        this(null);
    }

    private AwsEmulatorExtension(Settings settings) {
        this.settings = settings;
    }

    public static AwsEmulatorExtensionBuilder builder() {
        return new AwsEmulatorExtensionBuilder();
    }

    static AwsEmulatorExtension of(Settings settings) {
        return new AwsEmulatorExtension(settings);
    }

    /** An emulator started now and owned by the caller, who {@link #close() closes} it; JUnit's callbacks are not involved. */
    static AwsEmulatorExtension started(Settings settings, ClassLoader loader) {
        AwsEmulatorExtension extension = new AwsEmulatorExtension(settings);
        extension.startedByCaller = RunningEmulator.start(settings, loader);
        extension.current = extension.startedByCaller;
        return extension;
    }

    /**
     * Stops the emulator of {@link AwsEmulatorExtensionBuilder#start()}; does nothing for one JUnit runs, which
     * JUnit stops after its class or test.
     */
    @Override
    public void close() {
        RunningEmulator mine = startedByCaller;
        if (mine != null) {
            startedByCaller = null;
            current = null;
            mine.close();
        }
    }

    // ---- lifecycle ----

    @Override
    public void beforeAll(ExtensionContext context) {
        if (running(context) == null) {
            start(context);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        RunningEmulator running = running(context);
        if (running == null) {
            start(context);
        } else if (running.settings().accountPerTest()) {
            openTestAccount(context, running);
        } else if (running.settings().resetBetweenTests()) {
            running.classAccount().reset();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        RunningEmulator running = running(context);
        try {
            if (running != null && running.settings().failOnUnsupportedOperation()) {
                failOnUnsupported(account(context, running).journal().newUnsupported());
            }
        } finally {
            testAccountOnThisThread.remove();
            try {
                closeTestAccount(context);
            } finally {
                stop(context);
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop(context);
    }

    private void start(ExtensionContext context) {
        Settings chosen = settings != null ? settings : Declarations.settingsFor(context.getRequiredTestClass());
        RunningEmulator started = RunningEmulator.start(chosen, context.getRequiredTestClass().getClassLoader());
        context.getStore(NAMESPACE).put(key(), started);
        current = started;
    }

    /**
     * Closes the emulator this context started, if any; works on every Jupiter version, while
     * 5.13's closing of {@code AutoCloseable} store values remains the safety net.
     */
    private void stop(ExtensionContext context) {
        RunningEmulator mine = context.getStore(NAMESPACE).remove(key(), RunningEmulator.class);
        if (mine != null) {
            if (current == mine) {
                current = null;
            }
            mine.close();
        }
    }

    private void openTestAccount(ExtensionContext context, RunningEmulator running) {
        refuseSharedVirtualTime(context, running.settings());
        AccountHandle account = running.openTestAccount();
        context.getStore(NAMESPACE).put(new TestAccountKey(key()), account);
        testAccountOnThisThread.set(account);
    }

    /**
     * Virtual time is one clock for the whole emulator: a test advancing it would fire the timers of every
     * other test running at that moment, so no test could reason about its own time.
     */
    private static void refuseSharedVirtualTime(ExtensionContext context, Settings settings) {
        boolean parallel = context.getConfigurationParameter(PARALLEL_ENABLED, Boolean::parseBoolean).orElse(false);
        if (settings.virtualTime() && parallel && context.getExecutionMode() == ExecutionMode.CONCURRENT) {
            throw new ExtensionConfigurationException("Virtual time is one clock for the whole emulator, so tests "
                    + "running concurrently would move each other's time. With accountPerTest and virtual time, run "
                    + "the class's tests one at a time (@Execution(ExecutionMode.SAME_THREAD)), or give each test an "
                    + "emulator of its own (an instance field).");
        }
    }

    /** Closes the test's clients and deletes its account, if it had one. */
    private void closeTestAccount(ExtensionContext context) {
        AccountHandle account = context.getStore(NAMESPACE).remove(new TestAccountKey(key()), AccountHandle.class);
        if (account != null) {
            account.close();
        }
    }

    private static void failOnUnsupported(List<HandledRequest> unsupported) {
        if (!unsupported.isEmpty()) {
            throw new AssertionError("The emulator received operations it does not implement: " + unsupported.stream()
                    .map(request -> request.service() + " " + request.operation() + " (" + request.protocol() + ")")
                    .collect(Collectors.joining(", ")));
        }
    }

    private Object key() {
        return settings == null ? DECLARED : this;
    }

    /** Looks in this context's store and its parents', so a nested class or a test finds its class's emulator. */
    private RunningEmulator running(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(key(), RunningEmulator.class);
    }

    /** The test's own account in a test's context, else (class contexts, no account-per-test) the class's. */
    private AccountHandle account(ExtensionContext context, RunningEmulator running) {
        AccountHandle own = context.getStore(NAMESPACE).get(new TestAccountKey(key()), AccountHandle.class);
        return own != null ? own : running.classAccount();
    }

    // ---- parameters ----

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        boolean ours = type == AwsEmulator.class || type == VirtualClock.class || ClientKind.of(type).isPresent();
        if (ours) {
            Declarations.refuseIfAmbiguous(context.getRequiredTestClass(), type);
        }
        return ours;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        RunningEmulator running = running(context);
        if (running == null) {
            throw new ParameterResolutionException("No emulator is running for " + parameter.getDeclaringExecutable()
                    + ": an emulator held by an instance field starts before each test, so constructors and "
                    + "@BeforeAll methods cannot receive it; make the field static.");
        }
        if (type == VirtualClock.class) {
            return running.clockParameter();
        }
        AccountHandle account = account(context, running);
        return type == AwsEmulator.class ? account : account.client(ClientKind.of(type).orElseThrow());
    }

    // ---- the handle: the running emulator's API, for fields ----

    private AwsEmulator handle() {
        AccountHandle testAccount = testAccountOnThisThread.get();
        if (testAccount != null) {
            return testAccount;
        }
        RunningEmulator running = current;
        if (running == null) {
            throw new IllegalStateException("The emulator is not running: a static field's starts before all tests "
                    + "of its class, an instance field's before each test.");
        }
        return running.classAccount();
    }

    @Override
    public URI endpoint() {
        return handle().endpoint();
    }

    @Override
    public int port() {
        return handle().port();
    }

    @Override
    public String region() {
        return handle().region();
    }

    @Override
    public String accountId() {
        return handle().accountId();
    }

    @Override
    public AwsCredentialsProvider credentialsProvider() {
        return handle().credentialsProvider();
    }

    @Override
    public <B extends AwsClientBuilder<B, ?>> B configure(B builder) {
        return handle().configure(builder);
    }

    @Override
    public <T> T client(Class<T> clientType) {
        return handle().client(clientType);
    }

    @Override
    public String queueUrl(String queueName) {
        return handle().queueUrl(queueName);
    }

    @Override
    public String queueArn(String queueName) {
        return handle().queueArn(queueName);
    }

    @Override
    public String topicArn(String topicName) {
        return handle().topicArn(topicName);
    }

    @Override
    public MqBroker mqBroker(String brokerName) {
        return handle().mqBroker(brokerName);
    }

    @Override
    public String bootstrapServers(String clusterName) {
        return handle().bootstrapServers(clusterName);
    }

    @Override
    public VirtualClock clock() {
        return handle().clock();
    }

    @Override
    public void reset() {
        handle().reset();
    }

    @Override
    public Inspection inspect() {
        return handle().inspect();
    }

    @Override
    public Faults faults() {
        return handle().faults();
    }
}
