package dev.awsemulator.archfixture.server.http;

/** A server internal of the architecture fixture. */
public final class InternalHandler {

    public void handle() {
    }
}
