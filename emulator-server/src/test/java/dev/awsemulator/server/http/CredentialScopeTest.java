package dev.awsemulator.server.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CredentialScopeTest {

    private static final String SIGNATURE = ", SignedHeaders=host;x-amz-date, Signature=0123abcd";

    @Test
    void readsTheScopeOfAnAuthorizationHeader() {
        CredentialScope scope = CredentialScope.of(
                "AWS4-HMAC-SHA256 Credential=123456789012/20261207/eu-west-1/sqs/aws4_request" + SIGNATURE, null);

        assertThat(scope).isEqualTo(new CredentialScope("123456789012", "eu-west-1", "sqs"));
        assertThat(scope.accountId("000000000000")).isEqualTo("123456789012");
        assertThat(scope.region("us-east-1")).isEqualTo("eu-west-1");
    }

    @Test
    void skipsACredentialThatIsNoScopeForALaterOne() {
        assertThat(CredentialScope.of("X Credential=a,b/d/r/s/ Credential=AKID/d/eu-north-1/kinesis/aws4_request", null))
                .isEqualTo(new CredentialScope("AKID", "eu-north-1", "kinesis"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "AWS4-HMAC-SHA256 Credential=", "Credential=AKID/20261207/eu-west-1/sqs",
        "Credential=/20261207/eu-west-1/sqs/aws4_request", "Credential=AKID//eu-west-1/sqs/aws4_request",
        "Credential=AKID/20261207//sqs/aws4_request", "Credential=AKID/20261207/eu-west-1//aws4_request",
        "Credential=AK ID/20261207/eu-west-1/sqs/aws4_request", "Credential=AKID/20261207/eu-west-1/s,qs/aws4_request",
        "Credential=AKID/20261207/eu-west-1/s\tqs/x"})
    void aHeaderWithoutAWholeScopeLeavesTheDefaults(String header) {
        CredentialScope scope = CredentialScope.of(header, null);

        assertThat(scope).isEqualTo(CredentialScope.NONE);
        assertThat(scope.accountId("000000000000")).isEqualTo("000000000000");
        assertThat(scope.region("us-east-1")).isEqualTo("us-east-1");
    }

    @Test
    void aDateOrRegionMayHoldWhatAKeyIdMayNot() {
        assertThat(CredentialScope.of("Credential=AKID/2026 12,07/eu west/sqs/", null))
                .isEqualTo(new CredentialScope("AKID", "eu west", "sqs"));
    }

    @Test
    void aPresignedUrlsCredentialServesWhenNoHeaderHasOne() {
        assertThat(CredentialScope.of("Bearer token", "AKID/20261207/ap-south-1/sqs/aws4_request"))
                .isEqualTo(new CredentialScope("AKID", "ap-south-1", "sqs"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678901", "1234567890123", "12345678901a", "١٢٣٤٥٦٧٨٩٠١٢"})
    void onlyTwelveAsciiDigitsAreAnAccount(String keyId) {
        assertThat(new CredentialScope(keyId, null, null).accountId("000000000000")).isEqualTo("000000000000");
    }
}
