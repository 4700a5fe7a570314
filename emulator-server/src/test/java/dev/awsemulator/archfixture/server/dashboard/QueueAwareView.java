package dev.awsemulator.archfixture.server.dashboard;

import dev.awsemulator.archfixture.core.fakequeues.FakeQueues;

/** A shared package of the architecture fixture that names a service, as a new service would make it edit. */
public final class QueueAwareView {

    public String show(FakeQueues queues) {
        return String.valueOf(queues);
    }
}
