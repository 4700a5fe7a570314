package dev.awsemulator.kafka;

import java.security.Provider;
import java.security.Security;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * MSK's IAM access control on the {@code SASL_IAM} listener, for the two client libraries AWS offers:
 * {@code aws-msk-iam-auth}'s {@code AWS_MSK_IAM} SASL mechanism ({@link IamSaslServer}) and
 * {@code aws-msk-iam-sasl-signer}'s OAUTHBEARER tokens, presigned {@code kafka-cluster:Connect} URLs
 * ({@link IamTokenValidator}). The client's access key id becomes its Kafka principal; as with the emulator's
 * HTTP API, any credentials are accepted and signatures are not checked, and no IAM policy is enforced.
 */
final class IamAuthentication {

    static final String MECHANISM = "AWS_MSK_IAM";
    private static final String LISTENER = "listener.name.sasl_iam.";

    private IamAuthentication() {
    }

    /** Makes the {@code AWS_MSK_IAM} mechanism known to Java's SASL framework, which Kafka's brokers ask. */
    static synchronized void install() {
        if (Security.getProvider(Mechanisms.NAME) == null) {
            Security.addProvider(new Mechanisms());
        }
    }

    static Map<String, Object> brokerSettings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put(LISTENER + "sasl.enabled.mechanisms", MECHANISM + ",OAUTHBEARER");
        settings.put(LISTENER + "aws_msk_iam.sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required;");
        settings.put(LISTENER + "oauthbearer.sasl.jaas.config",
                "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required;");
        settings.put(LISTENER + "oauthbearer.sasl.server.callback.handler.class", IamTokenValidator.class.getName());
        return settings;
    }

    /** The security provider that names {@link IamSaslServer.Factory} for the mechanism. */
    private static final class Mechanisms extends Provider {

        private static final long serialVersionUID = 1L;
        private static final String NAME = "AwsEmulatorMskIam";

        private Mechanisms() {
            super(NAME, "1.0", "Amazon MSK's AWS_MSK_IAM SASL mechanism, server side");
            put("SaslServerFactory." + MECHANISM, IamSaslServer.Factory.class.getName());
        }
    }
}
