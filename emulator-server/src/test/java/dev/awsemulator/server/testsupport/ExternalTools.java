package dev.awsemulator.server.testsupport;

import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Programs from outside the build (a browser, the AWS CLI, Node.js) that some tests drive. On a
 * developer's machine a missing program skips the test with the install hint; CI installs them all
 * and sets {@value #REQUIRE_VARIABLE}=1, so there a missing program fails the test instead of
 * silently skipping it.
 */
public final class ExternalTools {

    public static final String REQUIRE_VARIABLE = "EMULATOR_REQUIRE_TOOLS";

    private ExternalTools() {
    }

    /** The executable's path on PATH, or the test is skipped (locally) or failed (in CI). */
    public static Path require(String executable, String installHint) {
        Optional<Path> found = find(executable);
        if (found.isPresent()) {
            return found.get();
        }
        return missing(executable + " is not installed (" + installHint + ")");
    }

    /**
     * Reports a missing prerequisite that is more than a program on PATH (a Python library, an npm
     * install that could not run): the test is skipped locally and failed in CI.
     */
    public static <T> T missing(String reason) {
        if ("1".equals(System.getenv(REQUIRE_VARIABLE))) {
            throw new AssertionError(reason + ", but " + REQUIRE_VARIABLE + "=1 requires it");
        }
        return Assumptions.abort(reason);
    }

    /** The executable's path on PATH, if any. */
    public static Optional<Path> find(String executable) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String directory : path.split(File.pathSeparator)) {
            Path candidate = Path.of(directory, executable);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
