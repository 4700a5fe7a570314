package dev.awsemulator.core.sns;

import dev.awsemulator.core.common.MemoizedSupplier;
import dev.awsemulator.core.sns.signing.MessageSigner;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The signatures of one publish's notifications. Every subscription of a protocol gets the same
 * signed fields (the UnsubscribeURL, which differs, is not signed) and PKCS #1 v1.5 signatures are
 * deterministic, so each distinct canonical string is signed once, by whichever thread first needs
 * it: an RSA signature is by far the costliest step of a publish. Thread-safe.
 */
final class PublishSignatures {

    private final Supplier<MessageSigner> signer;
    private final String signatureVersion;
    private final Map<String, Supplier<String>> byCanonical = new ConcurrentHashMap<>(2);

    PublishSignatures(Supplier<MessageSigner> signer, String signatureVersion) {
        this.signer = signer;
        this.signatureVersion = signatureVersion;
    }

    String signatureVersion() {
        return signatureVersion;
    }

    /** The {@code Signature} of a message given by its JSON fields, made when first asked for. */
    Supplier<String> of(Map<String, String> fields) {
        return byCanonical.computeIfAbsent(MessageSigner.canonicalString(fields),
                canonical -> new MemoizedSupplier<>(() -> signer.get().signCanonical(canonical, signatureVersion)));
    }
}
