package dev.awsemulator.spring;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Re-creates the declared resources, empty, before each test class that declares an emulator already running
 * (a new one is fresh), and before each of its tests when it asks for that. When the class's context is cached
 * and running, its consumers are restarted around the reset. Registered in {@code META-INF/spring.factories}.
 */
public final class EmulatorResetListener extends AbstractTestExecutionListener {

    /** Early: before Spring's own listeners run {@code @Sql} scripts or anything else that may use the emulator. */
    private static final int ORDER = 900;

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        Declaration.of(testContext.getTestClass()).ifPresent(declared -> reset(testContext, declared));
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        Declaration.of(testContext.getTestClass()).filter(Declaration::resetBeforeEachTest)
                .ifPresent(declared -> reset(testContext, declared));
    }

    private static void reset(TestContext testContext, Declaration declared) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBean(EmulatorAttachment.LEASE_BEAN, ContextLease.class)
                    .resetWithConsumersRestarted();
        } else {
            SharedEmulators.running(declared.definition()).ifPresent(SharedEmulator::reset);
        }
    }
}
