package dev.awsemulator.server.testsupport;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

import java.util.regex.Pattern;

/**
 * Leaves out other modules' test jars (the core's test doubles, which this module's tests use): once a
 * reactor build has packaged them they come as {@code *-tests.jar}, which ArchUnit's own option only
 * recognises as test code while they are still {@code target/test-classes}.
 */
public final class DoNotIncludeTestJars implements ImportOption {

    private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");

    @Override
    public boolean includes(Location location) {
        return !location.matches(TEST_JAR);
    }
}
