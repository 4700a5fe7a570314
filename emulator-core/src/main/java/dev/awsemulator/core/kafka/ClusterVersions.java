package dev.awsemulator.core.kafka;

import java.security.SecureRandom;

/**
 * A cluster's {@code currentVersion}: an opaque token such as {@code K3AEGXETSR30VB} that every successful
 * update replaces, so an update naming an older one is refused.
 */
final class ClusterVersions {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ClusterVersions() {
    }

    static String next() {
        StringBuilder version = new StringBuilder("K");
        for (int i = 0; i < 13; i++) {
            version.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return version.toString();
    }
}
