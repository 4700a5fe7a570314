package dev.awsemulator.core.sns.signing;

/**
 * The topic attribute {@code SignatureVersion} and the hash it selects. AWS signs with PKCS #1 v1.5,
 * which is what the JCA names {@code SHA1withRSA} and {@code SHA256withRSA} mean.
 */
enum SignatureVersion {
    V1("1", "SHA1withRSA"),
    V2("2", "SHA256withRSA");

    private final String attributeValue;
    private final String jcaAlgorithm;

    SignatureVersion(String attributeValue, String jcaAlgorithm) {
        this.attributeValue = attributeValue;
        this.jcaAlgorithm = jcaAlgorithm;
    }

    String jcaAlgorithm() {
        return jcaAlgorithm;
    }

    static SignatureVersion of(String attributeValue) {
        for (SignatureVersion version : values()) {
            if (version.attributeValue.equals(attributeValue)) {
                return version;
            }
        }
        throw new IllegalArgumentException("Unknown SNS SignatureVersion: " + attributeValue + " (expected 1 or 2)");
    }
}
