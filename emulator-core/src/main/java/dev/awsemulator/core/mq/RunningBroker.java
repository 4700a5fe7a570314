package dev.awsemulator.core.mq;

import java.util.List;

/** A broker a {@link BrokerEngine} started: its listeners, what it holds, and how to stop it. */
public interface RunningBroker {

    /** Every port the broker listens on, TLS and plaintext. */
    List<BrokerListener> listeners();

    /** Its queues and topics (or exchanges) now, for the dashboard and tests. */
    List<DestinationStats> destinations();

    /** Stops the broker and frees its ports; its files stay (a reboot or a restart reads them again). */
    void stop();
}
