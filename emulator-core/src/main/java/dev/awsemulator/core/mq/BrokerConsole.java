package dev.awsemulator.core.mq;

import java.net.URI;

/**
 * The port that says where a broker's console is, for {@code BrokerInstances[].ConsoleURL}: a server
 * serving the emulator offers its dashboard. Without one the field is left out.
 */
@FunctionalInterface
public interface BrokerConsole {

    /** The console of {@code brokerId} for a caller that reached the emulator at {@code endpoint}. */
    String url(URI endpoint, String brokerId);
}
