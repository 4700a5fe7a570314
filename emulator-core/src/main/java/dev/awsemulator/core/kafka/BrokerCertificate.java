package dev.awsemulator.core.kafka;

import dev.awsemulator.core.kafka.brokers.TlsIdentity;
import dev.awsemulator.core.persistence.RestoredState;
import dev.awsemulator.core.persistence.ServiceStorage;
import dev.awsemulator.core.persistence.StateJournal;
import dev.awsemulator.core.persistence.StateKind;
import dev.awsemulator.core.time.Clock;
import dev.awsemulator.core.common.x509.Rsa;
import dev.awsemulator.core.common.x509.SelfSignedCertificate;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The certificate every TLS listener of every broker presents: self-signed, naming {@code localhost},
 * {@code 127.0.0.1}, {@code ::1} and the brokers' host, so clients that trust it pass hostname verification.
 * Made on first use (RSA key generation takes a noticeable moment) and journaled, so a client's trust store
 * keeps working across restarts; a reset keeps it, as AWS keeps its certificate authorities. When the service's
 * storage is persistent (a data directory) the PEM is also written there as {@value #FILE}, for tools that
 * read files.
 */
final class BrokerCertificate implements Supplier<TlsIdentity> {

    static final StateKind<CertificateImage> CERTIFICATE = new StateKind<>("kafka.broker-certificate",
            CertificateImage.class);
    private static final String SCOPE = "kafka:broker-certificate";
    private static final String ID = "";
    private static final String COMMON_NAME = "kafka.emulator.localhost";
    private static final int VALIDITY_YEARS = 10;
    static final String FILE = "broker-certificate.pem";

    record CertificateImage(byte[] privateKey, byte[] certificate, List<String> names) {
    }

    private final Clock clock;
    private final StateJournal journal;
    private final List<String> names;
    /** Where the PEM is written when it is persistent. */
    private final ServiceStorage storage;
    private CertificateImage made;

    BrokerCertificate(Clock clock, StateJournal journal, String brokerHost, ServiceStorage storage) {
        this.clock = clock;
        this.journal = journal;
        this.storage = storage;
        List<String> hostNames = new ArrayList<>(List.of("localhost", "127.0.0.1", "::1"));
        if (!hostNames.contains(brokerHost) && !Hosts.isWildcard(brokerHost)) {
            hostNames.add(brokerHost);
        }
        this.names = List.copyOf(hostNames);
    }

    @Override
    public synchronized TlsIdentity get() {
        if (made == null) {
            SecureRandom random = new SecureRandom();
            KeyPair keys = Rsa.generateKeyPair(random);
            Instant start = clock.now();
            Instant end = start.atZone(ZoneOffset.UTC).plusYears(VALIDITY_YEARS).toInstant();
            byte[] certificate = SelfSignedCertificate.der(keys, COMMON_NAME, names, new BigInteger(64, random).abs(),
                    start, end);
            made = new CertificateImage(keys.getPrivate().getEncoded(), certificate, names);
            export(journal);
            writeFile();
        }
        return new TlsIdentity(SelfSignedCertificate.pem(made.certificate()),
                SelfSignedCertificate.pem("PRIVATE KEY", made.privateKey()));
    }

    /** The certificate in PEM, made now if no TLS listener needed it yet: what clients add to their trust store. */
    String pem() {
        return get().certificatePem();
    }

    /** Takes back the certificate a data directory kept, unless it does not name the brokers' host any more. */
    synchronized void restore(RestoredState state) {
        CertificateImage image = state.image(SCOPE, CERTIFICATE, ID);
        if (image != null && image.names().containsAll(names)) {
            made = image;
            writeFile();
        }
    }

    private void writeFile() {
        if (storage.persistent()) {
            storage.write(FILE, SelfSignedCertificate.pem(made.certificate()).getBytes(StandardCharsets.US_ASCII));
        }
    }

    synchronized void export(StateJournal out) {
        if (made != null && out.enabled()) {
            out.put(CERTIFICATE, SCOPE, ID, made);
        }
    }
}
