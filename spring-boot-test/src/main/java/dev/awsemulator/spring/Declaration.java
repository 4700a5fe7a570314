package dev.awsemulator.spring;

import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.test.context.TestContextAnnotationUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An {@link EmulatedAws} as a class sees it: on the class itself, a superclass, an interface, or (for
 * {@code @Nested} classes) an enclosing class.
 *
 * @param declaredOn the class that carries the annotation, named in messages
 */
record Declaration(EmulatorDefinition definition, boolean resetBeforeEachTest, Class<?> declaredOn) {

    /**
     * The one emulator configuration a test class declares, if any. Declarations that agree are one; two that
     * differ are refused with both classes named, since one context cannot talk to two emulators through one set
     * of Spring Cloud AWS properties.
     */
    static Optional<Declaration> of(Class<?> testClass) {
        List<Declaration> found = new ArrayList<>();
        collect(testClass, found);
        for (Declaration other : found) {
            if (!other.definition.equals(found.get(0).definition)) {
                throw new IllegalStateException("Two different @EmulatedAws configurations apply to "
                        + testClass.getName() + ": one on " + found.get(0).declaredOn.getName() + " and one on "
                        + other.declaredOn.getName() + ". A context talks to one emulator: declare it once, or make "
                        + "both declarations equal.");
            }
        }
        return found.stream().findFirst();
    }

    /** The class's own declarations (its hierarchy), then, if it inherits its enclosing class's configuration, those. */
    private static void collect(Class<?> type, List<Declaration> found) {
        MergedAnnotations.search(SearchStrategy.TYPE_HIERARCHY).from(type).stream(EmulatedAws.class)
                .forEach(annotation -> found.add(of(annotation)));
        if (TestContextAnnotationUtils.searchEnclosingClass(type)) {
            collect(type.getEnclosingClass(), found);
        }
    }

    private static Declaration of(MergedAnnotation<EmulatedAws> annotation) {
        EmulatedAws declared = annotation.synthesize();
        return new Declaration(EmulatorDefinition.of(declared), declared.resetBeforeEachTest(),
                (Class<?>) annotation.getSource());
    }
}
