package dev.awsemulator.server.sns;

import dev.awsemulator.core.sns.Delivery;
import dev.awsemulator.server.testsupport.EmulatorServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sns.model.EndpointDisabledException;
import software.amazon.awssdk.services.sns.model.InvalidParameterException;
import software.amazon.awssdk.services.sns.model.NotFoundException;
import software.amazon.awssdk.services.sns.model.OptedOutException;
import software.amazon.awssdk.services.sns.model.VerificationException;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Mobile push and SMS: stored and validated like AWS; what would be sent is recorded for inspection. */
class SnsMobileAndSmsTest {

    @RegisterExtension
    static final EmulatorServerExtension aws = new EmulatorServerExtension();

    @Test
    void platformApplicationsAndEndpointsAreManagedAndPublishedTo() {
        String app = aws.sns().createPlatformApplication(b -> b.name("shop").platform("GCM")
                .attributes(Map.of("PlatformCredential", "server-key"))).platformApplicationArn();
        assertThat(app).isEqualTo("arn:aws:sns:us-east-1:000000000000:app/GCM/shop");
        String endpoint = aws.sns().createPlatformEndpoint(b -> b.platformApplicationArn(app).token("device-1")
                .customUserData("alice")).endpointArn();
        assertThat(aws.sns().createPlatformEndpoint(b -> b.platformApplicationArn(app).token("device-1")
                .customUserData("alice")).endpointArn()).isEqualTo(endpoint);

        String messageId = aws.sns().publish(b -> b.targetArn(endpoint).message("your order shipped")).messageId();

        assertThat(aws.sns().getEndpointAttributes(b -> b.endpointArn(endpoint)).attributes())
                .containsEntry("Token", "device-1").containsEntry("CustomUserData", "alice").containsEntry("Enabled", "true");
        assertThat(aws.sns().listEndpointsByPlatformApplication(b -> b.platformApplicationArn(app)).endpoints())
                .singleElement().satisfies(e -> assertThat(e.endpointArn()).isEqualTo(endpoint));
        assertThat(aws.sns().listPlatformApplications().platformApplications()).hasSize(1);
        assertThat(aws.server().emulator().sns().publishedMessages()).singleElement().satisfies(message -> {
            assertThat(message.messageId()).isEqualTo(messageId);
            assertThat(message.target()).isEqualTo(endpoint);
            assertThat(message.deliveries()).singleElement()
                    .satisfies(d -> assertThat(d.status()).isEqualTo(Delivery.Status.RECORDED));
        });
    }

    @Test
    void disabledEndpointsRefuseMessagesAndDeletedOnesAreGone() {
        String app = aws.sns().createPlatformApplication(b -> b.name("shop").platform("APNS")
                .attributes(Map.of("PlatformPrincipal", "cert", "PlatformCredential", "key"))).platformApplicationArn();
        String endpoint = aws.sns().createPlatformEndpoint(b -> b.platformApplicationArn(app).token("t")).endpointArn();
        aws.sns().setEndpointAttributes(b -> b.endpointArn(endpoint).attributes(Map.of("Enabled", "false")));

        assertThatThrownBy(() -> aws.sns().publish(b -> b.targetArn(endpoint).message("x")))
                .isInstanceOf(EndpointDisabledException.class);
        aws.sns().deleteEndpoint(b -> b.endpointArn(endpoint));
        assertThatThrownBy(() -> aws.sns().getEndpointAttributes(b -> b.endpointArn(endpoint)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> aws.sns().createPlatformApplication(b -> b.name("x").platform("PAGER")
                .attributes(Map.of("PlatformCredential", "c")))).isInstanceOf(InvalidParameterException.class);
        assertThat(aws.server().emulator().sns().publishedMessages()).isEmpty();
    }

    @Test
    void smsAttributesOptOutsAndPublishing() {
        aws.sns().setSMSAttributes(b -> b.attributes(Map.of("DefaultSMSType", "Transactional")));
        assertThat(aws.sns().getSMSAttributes(b -> b.attributes("DefaultSMSType")).attributes())
                .containsEntry("DefaultSMSType", "Transactional");
        assertThatThrownBy(() -> aws.sns().setSMSAttributes(b -> b.attributes(Map.of("Volume", "11"))))
                .isInstanceOf(InvalidParameterException.class);

        aws.server().emulator().sns().sms().optOut("+15550100");
        assertThat(aws.sns().checkIfPhoneNumberIsOptedOut(b -> b.phoneNumber("+15550100")).isOptedOut()).isTrue();
        assertThat(aws.sns().listPhoneNumbersOptedOut().phoneNumbers()).containsExactly("+15550100");
        assertThatThrownBy(() -> aws.sns().publish(b -> b.phoneNumber("+15550100").message("hi")))
                .isInstanceOf(OptedOutException.class);

        aws.sns().optInPhoneNumber(b -> b.phoneNumber("+15550100"));
        aws.sns().publish(b -> b.phoneNumber("+15550100").message("hi"));

        assertThat(aws.server().emulator().sns().publishedMessages()).singleElement()
                .satisfies(message -> assertThat(message.target()).isEqualTo("+15550100"));
    }

    @Test
    void sandboxNumbersAreVerifiedWithTheRecordedPassword() {
        aws.sns().createSMSSandboxPhoneNumber(b -> b.phoneNumber("+15550111"));
        assertThatThrownBy(() -> aws.sns().verifySMSSandboxPhoneNumber(b -> b.phoneNumber("+15550111")
                .oneTimePassword("000000"))).isInstanceOf(VerificationException.class);
        String password = aws.server().emulator().sns().publishedMessages().get(0).message().replaceAll("\\D", "");

        aws.sns().verifySMSSandboxPhoneNumber(b -> b.phoneNumber("+15550111").oneTimePassword(password));

        assertThat(aws.sns().listSMSSandboxPhoneNumbers(b -> { }).phoneNumbers()).singleElement()
                .satisfies(number -> assertThat(number.statusAsString()).isEqualTo("Verified"));
        assertThat(aws.sns().getSMSSandboxAccountStatus(b -> { }).isInSandbox()).isFalse();
        assertThat(aws.sns().listOriginationNumbers(b -> { }).phoneNumbers()).isEmpty();
        aws.sns().deleteSMSSandboxPhoneNumber(b -> b.phoneNumber("+15550111"));
        assertThat(aws.sns().listSMSSandboxPhoneNumbers(b -> { }).phoneNumbers()).isEmpty();
    }
}
