package dev.awsemulator.core.kafka.brokers;

/**
 * The client listeners an MSK broker may offer, each with the port MSK gives it: what a bootstrap string
 * of {@code GetBootstrapBrokers} leads to.
 */
public enum Listener {
    /** No encryption, no authentication: {@code BootstrapBrokerString}, port 9092 on AWS. */
    PLAINTEXT(9092),
    /** TLS with the emulator's broker certificate, no client authentication: {@code BootstrapBrokerStringTls}, 9094. */
    TLS(9094),
    /** SASL/SCRAM-SHA-512 over TLS: {@code BootstrapBrokerStringSaslScram}, 9096. */
    SASL_SCRAM(9096),
    /** SASL with IAM credentials ({@code AWS_MSK_IAM} or OAUTHBEARER) over TLS: {@code BootstrapBrokerStringSaslIam}, 9098. */
    SASL_IAM(9098);

    private final int awsPort;

    Listener(int awsPort) {
        this.awsPort = awsPort;
    }

    /** The port AWS's brokers serve this listener on; ours take free ports instead. */
    public int awsPort() {
        return awsPort;
    }
}
