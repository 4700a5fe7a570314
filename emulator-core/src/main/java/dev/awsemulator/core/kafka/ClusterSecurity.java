package dev.awsemulator.core.kafka;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.kafka.api.ClientAuthentication;
import dev.awsemulator.core.kafka.api.EncryptionAtRest;
import dev.awsemulator.core.kafka.api.EncryptionInTransit;
import dev.awsemulator.core.kafka.api.EncryptionInfo;
import dev.awsemulator.core.kafka.api.Iam;
import dev.awsemulator.core.kafka.api.Sasl;
import dev.awsemulator.core.kafka.api.Scram;
import dev.awsemulator.core.kafka.api.Tls;
import dev.awsemulator.core.kafka.api.Unauthenticated;
import dev.awsemulator.core.kafka.brokers.Listener;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * How clients reach a cluster's brokers: encryption in transit ({@code TLS}, the default, {@code TLS_PLAINTEXT}
 * or {@code PLAINTEXT}) and the client authentications enabled (none given means unauthenticated access),
 * which decide the listeners brokers serve and so the bootstrap strings {@code GetBootstrapBrokers} returns.
 */
final class ClusterSecurity {

    static final String TLS = "TLS";
    static final String TLS_PLAINTEXT = "TLS_PLAINTEXT";
    static final String PLAINTEXT = "PLAINTEXT";

    private ClusterSecurity() {
    }

    /** The request's encryption settings with AWS's defaults filled in: TLS to clients and between brokers. */
    static EncryptionInfo encryption(Caller caller, EncryptionInfo requested) {
        EncryptionAtRest atRest = requested == null || requested.encryptionAtRest() == null
                ? new EncryptionAtRest("arn:" + caller.partition() + ":kms:" + caller.region() + ":"
                        + caller.accountId() + ":key/" + UUID.nameUUIDFromBytes(caller.accountId().getBytes(
                                java.nio.charset.StandardCharsets.UTF_8)))
                : requested.encryptionAtRest();
        EncryptionInTransit inTransit = requested == null ? null : requested.encryptionInTransit();
        String clientBroker = inTransit == null || inTransit.clientBroker() == null ? TLS : inTransit.clientBroker();
        Checks.oneOf(clientBroker, List.of(TLS, TLS_PLAINTEXT, PLAINTEXT), "encryptionInTransit.clientBroker");
        boolean inCluster = inTransit == null || inTransit.inCluster() == null || inTransit.inCluster();
        return new EncryptionInfo(atRest, new EncryptionInTransit(clientBroker, inCluster));
    }

    /** The request's client authentication with every method spelled out; none given means unauthenticated. */
    static ClientAuthentication authentication(ClientAuthentication requested) {
        if (requested == null) {
            return new ClientAuthentication(new Sasl(new Scram(false), new Iam(false)), new Tls(List.of(), false),
                    new Unauthenticated(true));
        }
        Sasl sasl = requested.sasl();
        boolean scram = sasl != null && sasl.scram() != null && Boolean.TRUE.equals(sasl.scram().enabled());
        boolean iam = sasl != null && sasl.iam() != null && Boolean.TRUE.equals(sasl.iam().enabled());
        Tls tls = requested.tls();
        List<String> authorities = tls == null || tls.certificateAuthorityArnList() == null ? List.of()
                : tls.certificateAuthorityArnList();
        boolean tlsEnabled = tls != null && (tls.enabled() != null ? tls.enabled() : !authorities.isEmpty());
        boolean unauthenticated = requested.unauthenticated() != null
                && Boolean.TRUE.equals(requested.unauthenticated().enabled());
        return new ClientAuthentication(new Sasl(new Scram(scram), new Iam(iam)), new Tls(authorities, tlsEnabled),
                new Unauthenticated(unauthenticated));
    }

    /** Refuses settings under which no client could connect, or SASL without the TLS it needs. */
    static void check(ClientAuthentication authentication, EncryptionInfo encryption) {
        String clientBroker = encryption.encryptionInTransit().clientBroker();
        boolean sasl = scram(authentication) || iam(authentication);
        if (PLAINTEXT.equals(clientBroker) && (sasl || tls(authentication))) {
            throw KafkaError.BAD_REQUEST.exception("SASL and TLS client authentication need TLS encryption between"
                    + " clients and brokers. Set encryptionInTransit.clientBroker to TLS or TLS_PLAINTEXT.",
                    "clientAuthentication");
        }
        if (listeners(authentication, encryption).isEmpty()) {
            throw KafkaError.BAD_REQUEST.exception("Enable at least one client authentication method.",
                    "clientAuthentication");
        }
    }

    /**
     * The listeners brokers serve: plaintext for unauthenticated access where encryption allows it, TLS for
     * unauthenticated or TLS-authenticated access where it allows TLS, one each for SASL/SCRAM and IAM.
     */
    static Set<Listener> listeners(ClientAuthentication authentication, EncryptionInfo encryption) {
        String clientBroker = encryption.encryptionInTransit().clientBroker();
        boolean unauthenticated = Boolean.TRUE.equals(authentication.unauthenticated().enabled());
        Set<Listener> listeners = EnumSet.noneOf(Listener.class);
        if (unauthenticated && !TLS.equals(clientBroker)) {
            listeners.add(Listener.PLAINTEXT);
        }
        if ((unauthenticated || tls(authentication)) && !PLAINTEXT.equals(clientBroker)) {
            listeners.add(Listener.TLS);
        }
        if (scram(authentication)) {
            listeners.add(Listener.SASL_SCRAM);
        }
        if (iam(authentication)) {
            listeners.add(Listener.SASL_IAM);
        }
        return listeners;
    }

    static boolean scram(ClientAuthentication authentication) {
        return Boolean.TRUE.equals(authentication.sasl().scram().enabled());
    }

    private static boolean iam(ClientAuthentication authentication) {
        return Boolean.TRUE.equals(authentication.sasl().iam().enabled());
    }

    private static boolean tls(ClientAuthentication authentication) {
        return Boolean.TRUE.equals(authentication.tls().enabled());
    }
}
