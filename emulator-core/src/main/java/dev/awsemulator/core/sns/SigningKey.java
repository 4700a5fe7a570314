package dev.awsemulator.core.sns;

import dev.awsemulator.core.persistence.RestoredState;
import dev.awsemulator.core.persistence.StateJournal;
import dev.awsemulator.core.persistence.StateKind;
import dev.awsemulator.core.sns.signing.MessageSigner;
import dev.awsemulator.core.time.Clock;

import java.util.function.Supplier;

/**
 * The key SNS signs deliveries with. It is made on first use, since RSA key generation would cost every
 * emulator's start a noticeable pause (and its key pair once per JVM, see {@link MessageSigner#generate}), and
 * journaled: after a restart from a data directory, messages signed before it still verify against the
 * certificate their {@code SigningCertURL} serves, and subscribers that cached the certificate keep working. A
 * reset keeps it, as AWS keeps its key when resources are deleted.
 */
final class SigningKey implements Supplier<MessageSigner> {

    static final StateKind<KeyImage> KEY = new StateKind<>("sns.signing-key", KeyImage.class);
    /** The key is the only entity of its scope, which no topic ARN can equal. */
    private static final String SCOPE = "sns:signing-key";
    private static final String ID = "";

    record KeyImage(byte[] privateKey, byte[] certificate) {
    }

    private final Clock clock;
    private final StateJournal journal;
    private volatile MessageSigner signer;

    SigningKey(Clock clock, StateJournal journal) {
        this.clock = clock;
        this.journal = journal;
    }

    /** Synchronized rather than double-checked: next to the RSA signature each caller then makes, the lock is free. */
    @Override
    public synchronized MessageSigner get() {
        if (signer == null) {
            signer = MessageSigner.generate(clock.now());
            export(signer, journal);
        }
        return signer;
    }

    synchronized void restore(RestoredState state) {
        KeyImage image = state.image(SCOPE, KEY, ID);
        if (image != null) {
            signer = MessageSigner.restored(image.privateKey(), image.certificate());
        }
    }

    /** Writes the key, if one was made, for a snapshot. */
    void export(StateJournal out) {
        MessageSigner made = signer;
        if (made != null) {
            export(made, out);
        }
    }

    private static void export(MessageSigner signer, StateJournal out) {
        if (out.enabled()) {
            out.put(KEY, SCOPE, ID, new KeyImage(signer.privateKeyPkcs8(), signer.certificateDer()));
        }
    }
}
