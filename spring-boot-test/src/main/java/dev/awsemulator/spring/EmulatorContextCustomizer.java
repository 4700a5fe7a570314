package dev.awsemulator.spring;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Attaches the shared emulator of one definition to a test's context before it refreshes. Equal for equal
 * definitions, so test classes declaring the same emulator (and otherwise the same configuration) share one
 * cached context, and that context one emulator.
 */
final class EmulatorContextCustomizer implements ContextCustomizer {

    private final EmulatorDefinition definition;

    EmulatorContextCustomizer(EmulatorDefinition definition) {
        this.definition = definition;
    }

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
        EmulatorAttachment.attach(context, definition);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmulatorContextCustomizer customizer && customizer.definition.equals(definition);
    }

    @Override
    public int hashCode() {
        return definition.hashCode();
    }
}
