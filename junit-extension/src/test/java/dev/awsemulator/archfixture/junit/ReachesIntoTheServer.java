package dev.awsemulator.archfixture.junit;

import dev.awsemulator.archfixture.server.http.InternalHandler;

/** An extension class of the architecture fixture that uses a server internal, as the rule forbids. */
public final class ReachesIntoTheServer {

    public void reach() {
        new InternalHandler().handle();
    }
}
