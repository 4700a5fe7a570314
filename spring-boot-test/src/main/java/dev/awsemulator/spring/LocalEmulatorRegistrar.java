package dev.awsemulator.spring;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.context.annotation.DeterminableImports;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.ResourceLoaderAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotationMetadata;

import java.util.Set;

/**
 * {@link EmulatedAws} on a configuration class outside the TestContext framework: running the application
 * against an emulator in local development, e.g.
 * {@code SpringApplication.from(OrderApplication::main).with(LocalAws.class).run(args)}. In a test the context
 * customizer has attached the emulator already, and this does nothing.
 */
final class LocalEmulatorRegistrar implements ImportBeanDefinitionRegistrar, DeterminableImports, ResourceLoaderAware {

    private ResourceLoader resourceLoader;

    @Override
    public void setResourceLoader(ResourceLoader resourceLoader) {
        this.resourceLoader = resourceLoader;
    }

    @Override
    public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
        if (resourceLoader instanceof ConfigurableApplicationContext context) {
            EmulatorAttachment.attach(context, definition(metadata));
        }
    }

    /**
     * What this import contributes, for Spring Boot's test context cache key: the emulator definition alone, so
     * test classes that differ only in other annotations still share a context.
     */
    @Override
    public Set<Object> determineImports(AnnotationMetadata metadata) {
        return Set.of(definition(metadata));
    }

    private static EmulatorDefinition definition(AnnotationMetadata metadata) {
        return EmulatorDefinition.of(metadata.getAnnotations().get(EmulatedAws.class).synthesize());
    }
}
