package dev.awsemulator.junit;

import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.commons.support.AnnotationSupport;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** What a test class declares: the annotation's settings, and which emulators it registers. */
final class Declarations {

    private Declarations() {
    }

    /** The settings of the nearest {@link AwsEmulatorTest}, looking outwards from nested classes; defaults without one. */
    static Settings settingsFor(Class<?> testClass) {
        AwsEmulatorTest declared = enclosingChain(testClass).stream()
                .map(type -> type.getAnnotation(AwsEmulatorTest.class))
                .filter(annotation -> annotation != null)
                .findFirst().orElse(null);
        AwsEmulatorExtensionBuilder builder = new AwsEmulatorExtensionBuilder();
        if (declared == null) {
            return builder.settings();
        }
        if (declared.virtualTime()) {
            builder.virtualTime(virtualTimeStart(declared.virtualTimeStart()));
        }
        if (declared.relaxed()) {
            builder.relaxed();
        }
        return builder.config(declared.config()).region(declared.region())
                .resetBetweenTests(declared.resetBetweenTests()).accountPerTest(declared.accountPerTest())
                .queue(declared.queues()).topic(declared.topics()).stream(declared.streams())
                .cluster(declared.clusters())
                .settings();
    }

    private static Instant virtualTimeStart(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new ExtensionConfigurationException("@AwsEmulatorTest(virtualTimeStart = \"" + text
                    + "\") is not an ISO-8601 instant such as 2026-01-01T00:00:00Z", e);
        }
    }

    /**
     * Refuses to inject when the class sees more than one emulator, naming them, since no rule could
     * say which one a parameter means.
     */
    static void refuseIfAmbiguous(Class<?> testClass, Class<?> parameterType) {
        List<String> emulators = new ArrayList<>();
        List<Class<?>> chain = enclosingChain(testClass);
        chain.stream().filter(type -> type.isAnnotationPresent(AwsEmulatorTest.class)).findFirst()
                .ifPresent(type -> emulators.add("@AwsEmulatorTest on " + type.getSimpleName()));
        for (Class<?> type : chain) {
            for (Field field : AnnotationSupport.findAnnotatedFields(type, RegisterExtension.class,
                    field -> AwsEmulatorExtension.class.isAssignableFrom(field.getType()))) {
                emulators.add("field " + type.getSimpleName() + "." + field.getName());
            }
        }
        if (emulators.size() > 1) {
            throw new ParameterResolutionException("Cannot inject " + parameterType.getSimpleName()
                    + ": more than one emulator is registered (" + String.join(", ", emulators)
                    + "). Take clients from a field instead, e.g. aws.client(SqsClient.class).");
        }
    }

    /** The class and, for {@code @Nested} (inner) classes, the classes around it, innermost first. */
    private static List<Class<?>> enclosingChain(Class<?> testClass) {
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> type = testClass; type != null;
             type = Modifier.isStatic(type.getModifiers()) ? null : type.getEnclosingClass()) {
            chain.add(type);
        }
        return chain;
    }
}
