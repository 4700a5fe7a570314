package dev.awsemulator.compatibility;

import dev.awsemulator.server.testsupport.ExternalTools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The JavaScript scripts with their npm packages, installed under {@code target/} by the test itself
 * with {@code npm ci} from the committed lock file: a fresh clone needs only Node.js and npm, the exact
 * package versions are the locked ones, and {@code mvn clean} removes them. A second run reuses the
 * installation while the lock file is unchanged.
 */
final class NodeProject {

    private static final Path SOURCES = Path.of("src", "test", "js");
    private static final Path INSTALLED = Path.of("target", "js-clients");
    private static final String LOCK = "package-lock.json";

    private NodeProject() {
    }

    /**
     * The directory holding the scripts and their {@code node_modules}; skips or fails if npm cannot install.
     * One caller at a time: test classes run in parallel, and a second caller that found the lock file copied
     * and {@code node_modules} begun would use packages {@code npm ci} is still writing (esbuild's launcher is
     * replaced by its binary as its install ends).
     */
    static synchronized Path install() {
        Path npm = ExternalTools.require("npm", "apt-get install npm");
        try {
            boolean current = Files.exists(INSTALLED.resolve("node_modules"))
                    && Arrays.equals(Files.readAllBytes(SOURCES.resolve(LOCK)), Files.readAllBytes(INSTALLED.resolve(LOCK)));
            Files.createDirectories(INSTALLED);
            try (Stream<Path> files = Files.list(SOURCES)) {
                for (Path file : files.toList()) {
                    Files.copy(file, INSTALLED.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            if (!current) {
                npmCi(npm);
            }
            return INSTALLED;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void npmCi(Path npm) {
        try {
            ExternalCommand.run(INSTALLED, List.of(npm.toString(), "ci", "--no-audit", "--no-fund"));
        } catch (AssertionError e) {
            ExternalTools.missing("npm ci could not install the JavaScript SDK clients: " + e.getMessage());
        }
    }
}
