package dev.awsemulator.core.kafka;

/** The addresses brokers listen on and the ones clients are told to use. */
final class Hosts {

    static final String LOOPBACK = "127.0.0.1";

    private Hosts() {
    }

    /** A listen-on-every-interface address, which no client can dial. */
    static boolean isWildcard(String host) {
        return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
    }
}
