package dev.awsemulator.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import dev.awsemulator.core.common.JsonDocuments;
import org.apache.kafka.common.errors.SaslAuthenticationException;

import javax.security.auth.callback.CallbackHandler;
import javax.security.sasl.SaslServer;
import javax.security.sasl.SaslServerFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

/**
 * The broker's side of {@code AWS_MSK_IAM}: the client sends one JSON message of SigV4 parameters for the
 * action {@code kafka-cluster:Connect}; the broker answers with a version and a request id, and the exchange
 * is complete. The access key id of {@code x-amz-credential} is the authenticated principal.
 */
final class IamSaslServer implements SaslServer {

    /** The one version of the message format that {@code aws-msk-iam-auth} speaks. */
    static final String VERSION = "2020_10_22";

    private String principal;

    @Override
    public String getMechanismName() {
        return IamAuthentication.MECHANISM;
    }

    @Override
    public byte[] evaluateResponse(byte[] response) {
        JsonNode message = JsonDocuments.parseObject(new String(response, StandardCharsets.UTF_8));
        if (message == null || !VERSION.equals(message.path("version").asText())) {
            throw new SaslAuthenticationException("Invalid AWS_MSK_IAM message: expected a JSON object of version "
                    + VERSION);
        }
        if (!"kafka-cluster:Connect".equals(message.path("action").asText())) {
            throw new SaslAuthenticationException("The AWS_MSK_IAM action must be kafka-cluster:Connect");
        }
        String credential = message.path("x-amz-credential").asText("");
        int slash = credential.indexOf('/');
        if (slash <= 0) {
            throw new SaslAuthenticationException("The AWS_MSK_IAM message has no x-amz-credential");
        }
        principal = credential.substring(0, slash);
        return ("{\"version\":\"" + VERSION + "\",\"request-id\":\"" + UUID.randomUUID() + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean isComplete() {
        return principal != null;
    }

    @Override
    public String getAuthorizationID() {
        if (principal == null) {
            throw new IllegalStateException("the AWS_MSK_IAM exchange is not complete");
        }
        return principal;
    }

    @Override
    public byte[] unwrap(byte[] incoming, int offset, int length) {
        return Arrays.copyOfRange(incoming, offset, offset + length);
    }

    @Override
    public byte[] wrap(byte[] outgoing, int offset, int length) {
        return Arrays.copyOfRange(outgoing, offset, offset + length);
    }

    @Override
    public Object getNegotiatedProperty(String property) {
        return null;
    }

    @Override
    public void dispose() {
        principal = null;
    }

    /** What Java's SASL framework asks for a server of the mechanism. */
    public static final class Factory implements SaslServerFactory {

        @Override
        public SaslServer createSaslServer(String mechanism, String protocol, String serverName,
                                           Map<String, ?> properties, CallbackHandler callbacks) {
            return IamAuthentication.MECHANISM.equals(mechanism) ? new IamSaslServer() : null;
        }

        @Override
        public String[] getMechanismNames(Map<String, ?> properties) {
            return new String[] {IamAuthentication.MECHANISM};
        }
    }
}
