package dev.awsemulator.server.sns;

import dev.awsemulator.core.sns.PlatformApplications;
import dev.awsemulator.core.sns.SmsSettings;
import dev.awsemulator.core.sns.SnsError;
import dev.awsemulator.core.sns.SnsService;
import dev.awsemulator.core.sns.TopicOverview;
import dev.awsemulator.core.sns.api.*;
import dev.awsemulator.server.api.Operation;
import dev.awsemulator.server.api.QueryFacts;
import dev.awsemulator.server.api.ResourceNames;
import dev.awsemulator.server.api.ServiceDefinition;
import dev.awsemulator.server.api.WireNames;
import dev.awsemulator.server.model.InputChecks;
import dev.awsemulator.server.model.ViolationReport;

import java.util.List;

/**
 * SNS's operation table and wire names (2010-03-31 model): the Query protocol only, with lists
 * wrapped in {@code member} and maps in {@code entry}/{@code key}/{@code value}. Requests are checked against
 * the AWS model before the service sees them, every violation in SNS's one ValidationError message; a missing
 * ARN of a topic, subscription, platform application or endpoint is the service's to refuse. Requests name their topic by its ARN (a subscription's
 * ARN starts with it); PublishBatch fails entries by id.
 */
public final class SnsApi {

    /** A constant, as the wire names below are: its model, read at the first check, is read once per JVM. */
    private static final InputChecks INPUT_CHECKS = InputChecks.of(SnsApi.class, "input-constraints.txt",
            ViolationReport.aggregated(SnsError.VALIDATION_ERROR));

    /** A constant, so that every emulator of a JVM shares the codecs made of it ({@link WireNames#derived}). */
    private static final WireNames WIRE_NAMES = wireNames();

    private SnsApi() {
    }

    public static ServiceDefinition definition(SnsService sns) {
        PlatformApplications push = sns.platform();
        SmsSettings sms = sns.sms();
        return ServiceDefinition.builder("sns")
                .query(QueryFacts.of("http://sns.amazonaws.com/doc/2010-03-31/"))
                .inputChecks(INPUT_CHECKS)
                .wireNames(WIRE_NAMES)
                .resources(ResourceNames.of("topic", () -> sns.overview().stream().map(TopicOverview::arn).toList())
                        .member("topicArn", (caller, arn) -> arn)
                        .member("resourceArn", (caller, arn) -> arn)
                        .member("subscriptionArn", (caller, arn) -> arn.substring(0, Math.max(0, arn.lastIndexOf(':')))))
                .operations(() -> List.of(
                Operation.of("CreateTopic", CreateTopicRequest.class, sns::createTopic),
                Operation.empty("DeleteTopic", TopicArnRequest.class, sns::deleteTopic),
                Operation.of("GetTopicAttributes", TopicArnRequest.class, sns::getTopicAttributes),
                Operation.empty("SetTopicAttributes", SetTopicAttributesRequest.class, sns::setTopicAttributes),
                Operation.of("ListTopics", NextTokenRequest.class, sns::listTopics),
                Operation.of("Subscribe", SubscribeRequest.class, sns::subscribe),
                Operation.of("ConfirmSubscription", ConfirmSubscriptionRequest.class, sns::confirmSubscription),
                Operation.empty("Unsubscribe", SubscriptionArnRequest.class, sns::unsubscribe),
                Operation.of("GetSubscriptionAttributes", SubscriptionArnRequest.class, sns::getSubscriptionAttributes),
                Operation.empty("SetSubscriptionAttributes", SetSubscriptionAttributesRequest.class,
                        sns::setSubscriptionAttributes),
                Operation.of("ListSubscriptions", NextTokenRequest.class, sns::listSubscriptions),
                Operation.of("ListSubscriptionsByTopic", ListSubscriptionsByTopicRequest.class,
                        sns::listSubscriptionsByTopic),
                Operation.of("Publish", PublishRequest.class, sns::publish),
                Operation.of("PublishBatch", PublishBatchRequest.class, sns::publishBatch).batch(SnsBatches.PUBLISH),
                Operation.empty("AddPermission", AddPermissionRequest.class, sns::addPermission),
                Operation.empty("RemovePermission", RemovePermissionRequest.class, sns::removePermission),
                Operation.emptyResult("TagResource", TagResourceRequest.class, sns::tagResource),
                Operation.emptyResult("UntagResource", UntagResourceRequest.class, sns::untagResource),
                Operation.of("ListTagsForResource", ResourceArnRequest.class, sns::listTagsForResource),
                Operation.of("GetDataProtectionPolicy", ResourceArnRequest.class, sns::getDataProtectionPolicy),
                Operation.empty("PutDataProtectionPolicy", PutDataProtectionPolicyRequest.class,
                        sns::putDataProtectionPolicy),
                Operation.of("CreatePlatformApplication", CreatePlatformApplicationRequest.class,
                        push::createPlatformApplication),
                Operation.empty("DeletePlatformApplication", PlatformApplicationArnRequest.class,
                        push::deletePlatformApplication),
                Operation.of("GetPlatformApplicationAttributes", PlatformApplicationArnRequest.class,
                        push::getPlatformApplicationAttributes),
                Operation.empty("SetPlatformApplicationAttributes", SetPlatformApplicationAttributesRequest.class,
                        push::setPlatformApplicationAttributes),
                Operation.of("ListPlatformApplications", NextTokenRequest.class, push::listPlatformApplications),
                Operation.of("CreatePlatformEndpoint", CreatePlatformEndpointRequest.class, push::createPlatformEndpoint),
                Operation.empty("DeleteEndpoint", EndpointArnRequest.class, push::deleteEndpoint),
                Operation.of("GetEndpointAttributes", EndpointArnRequest.class, push::getEndpointAttributes),
                Operation.empty("SetEndpointAttributes", SetEndpointAttributesRequest.class, push::setEndpointAttributes),
                Operation.of("ListEndpointsByPlatformApplication", ListEndpointsByPlatformApplicationRequest.class,
                        push::listEndpointsByPlatformApplication),
                Operation.of("GetSMSAttributes", GetSMSAttributesRequest.class, sms::getSMSAttributes),
                Operation.emptyResult("SetSMSAttributes", SetSMSAttributesRequest.class, sms::setSMSAttributes),
                Operation.of("CheckIfPhoneNumberIsOptedOut", PhoneNumberRequest.class, sms::checkIfPhoneNumberIsOptedOut),
                Operation.of("ListPhoneNumbersOptedOut", ListPhoneNumbersOptedOutRequest.class,
                        sms::listPhoneNumbersOptedOut),
                Operation.emptyResult("OptInPhoneNumber", PhoneNumberRequest.class, sms::optInPhoneNumber),
                Operation.emptyResult("CreateSMSSandboxPhoneNumber", CreateSMSSandboxPhoneNumberRequest.class,
                        sms::createSMSSandboxPhoneNumber),
                Operation.emptyResult("DeleteSMSSandboxPhoneNumber", SandboxPhoneNumberRequest.class,
                        sms::deleteSMSSandboxPhoneNumber),
                Operation.emptyResult("VerifySMSSandboxPhoneNumber", VerifySMSSandboxPhoneNumberRequest.class,
                        sms::verifySMSSandboxPhoneNumber),
                Operation.of("ListSMSSandboxPhoneNumbers", PagedRequest.class, sms::listSMSSandboxPhoneNumbers),
                Operation.of("GetSMSSandboxAccountStatus", EmptyRequest.class, sms::getSMSSandboxAccountStatus),
                Operation.of("ListOriginationNumbers", PagedRequest.class, sms::listOriginationNumbers)))
                .build();
    }

    private static WireNames wireNames() {
        return WireNames.withMapEntries("key", "value")
                .mapEntry(PublishRequest.class, "messageAttributes", "Name", "Value")
                .mapEntry(PublishBatchRequestEntry.class, "messageAttributes", "Name", "Value")
                .member(AddPermissionRequest.class, "awsAccountId", "AWSAccountId")
                .member(GetSMSAttributesRequest.class, "attributes", "attributes")
                .member(GetSMSAttributesResult.class, "attributes", "attributes")
                .member(SetSMSAttributesRequest.class, "attributes", "attributes")
                .member(PhoneNumberRequest.class, "phoneNumber", "phoneNumber")
                .member(CheckIfPhoneNumberIsOptedOutResult.class, "isOptedOut", "isOptedOut")
                .member(ListPhoneNumbersOptedOutRequest.class, "nextToken", "nextToken")
                .member(ListPhoneNumbersOptedOutResult.class, "nextToken", "nextToken")
                .member(ListPhoneNumbersOptedOutResult.class, "phoneNumbers", "phoneNumbers");
    }
}
