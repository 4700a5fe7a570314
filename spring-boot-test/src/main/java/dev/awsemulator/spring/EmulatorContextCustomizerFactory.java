package dev.awsemulator.spring;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

import java.util.List;

/**
 * Finds {@link EmulatedAws} on a test class (registered in {@code META-INF/spring.factories}). Ordered last, so
 * that the properties a test sets in any other way, {@code @DynamicPropertySource} included, are in the
 * environment when its customizer decides which of the emulator's to add.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
public final class EmulatorContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return Declaration.of(testClass).map(declared -> new EmulatorContextCustomizer(declared.definition()))
                .orElse(null);
    }
}
