package dev.awsemulator.archfixture.core.faketopics;

import dev.awsemulator.archfixture.core.fakequeues.FakeQueues;

/** A service of the architecture fixture that delivers into another service's class instead of a port. */
public final class FakeTopics {

    public void deliver(FakeQueues queues) {
        queues.deliveredFrom();
    }
}
