package dev.awsemulator.server;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules that keep a service one seam, over any root package: {@link ArchitectureTest} checks them on
 * the product's classes, {@link ArchitectureRulesCatchViolationsTest} on a fixture tree that breaks each.
 * Under {@code <root>.core} and {@code <root>.server}, a package is shared, composing, or a service's.
 */
public final class ArchitectureRules {

    /** What every service uses and which knows no service itself, so a new service edits none of it. */
    static final Set<String> SHARED = Set.of("common", "time", "persistence", "service", "api", "protocol", "http",
            "eventstream", "dashboard", "config", "requests", "faults", "model");
    /** What puts services together, beside the roots of core and server: it may know every service. */
    static final Set<String> COMPOSING = Set.of("cli");

    private ArchitectureRules() {
    }

    /** No two packages anywhere depend on each other, directly or around a loop. */
    static ArchRule freeOfCycles(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles();
    }

    /** A service's packages, in the core and in the server, use no other service's; ports cross instead. */
    static ArchRule servicesKnowNoOtherService(String root) {
        return slices().assignedFrom(byService(root)).should().notDependOnEachOther();
    }

    /** The shared packages work for any service, so they name none. */
    static ArchRule sharedPackagesKnowNoService(String root) {
        return noClasses().that(inPackagesOf(root, SHARED)).should().dependOnClassesThat(inAService(root));
    }

    /** The service a package belongs to, or null for the roots, shared and composing packages. */
    static String serviceOf(String root, String packageName) {
        Matcher matcher = Pattern.compile(Pattern.quote(root) + "\\.(?:core|server)\\.(\\w+)(?:\\..*)?")
                .matcher(packageName);
        if (!matcher.matches() || SHARED.contains(matcher.group(1)) || COMPOSING.contains(matcher.group(1))) {
            return null;
        }
        return matcher.group(1);
    }

    private static SliceAssignment byService(String root) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String service = serviceOf(root, javaClass.getPackageName());
                return service == null ? SliceIdentifier.ignore() : SliceIdentifier.of(service);
            }

            @Override
            public String getDescription() {
                return "the packages of each service under " + root;
            }
        };
    }

    /** Classes of any service, in the core or the server. */
    public static DescribedPredicate<JavaClass> inAService(String root) {
        return DescribedPredicate.describe("reside in a service's package",
                javaClass -> serviceOf(root, javaClass.getPackageName()) != null);
    }

    /** Classes of a service's server packages: its operation table, config sections, dashboard view. */
    static DescribedPredicate<JavaClass> inAServiceOfTheServer(String root) {
        return DescribedPredicate.describe("reside in a service's server package",
                javaClass -> javaClass.getPackageName().startsWith(root + ".server.")
                        && serviceOf(root, javaClass.getPackageName()) != null);
    }

    private static DescribedPredicate<JavaClass> inPackagesOf(String root, Set<String> packages) {
        Pattern pattern = Pattern.compile(Pattern.quote(root) + "\\.(?:core|server)\\.(\\w+)(?:\\..*)?");
        return DescribedPredicate.describe("reside in a shared package", javaClass -> {
            Matcher matcher = pattern.matcher(javaClass.getPackageName());
            return matcher.matches() && packages.contains(matcher.group(1));
        });
    }
}
