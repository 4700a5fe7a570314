package dev.awsemulator.archfixture.core.fakequeues;

import dev.awsemulator.archfixture.core.faketopics.FakeTopics;

/** A service of the architecture fixture that knows another one, both ways: a cycle between services. */
public final class FakeQueues {

    public FakeTopics deliveredFrom() {
        return new FakeTopics();
    }
}
