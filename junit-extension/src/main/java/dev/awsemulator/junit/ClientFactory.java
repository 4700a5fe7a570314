package dev.awsemulator.junit;

/**
 * Builds one kind of SDK client for an emulator. Implementations name SDK classes, so each is loaded
 * by name only after its SDK module was found on the classpath.
 */
interface ClientFactory {

    AutoCloseable create(AwsEmulator aws);
}
