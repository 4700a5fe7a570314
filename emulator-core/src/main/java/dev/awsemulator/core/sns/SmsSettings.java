package dev.awsemulator.core.sns;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.common.Page;
import dev.awsemulator.core.sns.api.*;
import dev.awsemulator.core.time.Clock;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * SMS: account attributes, opt-outs and the sandbox's verified numbers, kept like AWS keeps them. No
 * text is sent; every message (sandbox one-time passwords included) is recorded for inspection.
 * Accounts start outside the sandbox, so publishing to any number works as in production.
 */
public final class SmsSettings {

    private static final Pattern PHONE = Pattern.compile("\\+[1-9]\\d{1,14}");
    private static final Set<String> ATTRIBUTES = Set.of("MonthlySpendLimit", "DeliveryStatusIAMRole",
            "DeliveryStatusSuccessSamplingRate", "DefaultSenderID", "DefaultSMSType", "UsageReportS3Bucket");
    private static final String ONE_TIME_PASSWORD = "123456";

    private final Consumer<PublishedMessage> recorder;
    private final Clock clock;
    private final Map<String, String> attributes = new ConcurrentHashMap<>();
    private final Set<String> optedOut = ConcurrentHashMap.newKeySet();
    private final Map<String, String> sandbox = new ConcurrentHashMap<>();

    SmsSettings(Consumer<PublishedMessage> recorder, Clock clock) {
        this.recorder = recorder;
        this.clock = clock;
    }

    void reset() {
        attributes.clear();
        optedOut.clear();
        sandbox.clear();
    }

    /** Marks a number as opted out, as a recipient replying STOP would; for tests of opt-out handling. */
    public void optOut(String phoneNumber) {
        optedOut.add(phone(phoneNumber));
    }

    public GetSMSAttributesResult getSMSAttributes(Caller caller, GetSMSAttributesRequest request) {
        Map<String, String> selected = new LinkedHashMap<>(attributes);
        if (request.attributes() != null && !request.attributes().isEmpty()) {
            selected.keySet().retainAll(request.attributes());
        }
        return new GetSMSAttributesResult(selected);
    }

    public void setSMSAttributes(Caller caller, SetSMSAttributesRequest request) {
        Map<String, String> changes = request.attributes() == null ? Map.of() : request.attributes();
        for (var change : changes.entrySet()) {
            if (!ATTRIBUTES.contains(change.getKey())) {
                throw SnsError.INVALID_PARAMETER.exception(change.getKey() + " is not a valid attribute");
            }
            if (change.getKey().equals("DefaultSMSType")
                    && !List.of("Promotional", "Transactional").contains(change.getValue())) {
                throw SnsError.invalidParameter("attributes Reason: DefaultSMSType is invalid");
            }
        }
        attributes.putAll(changes);
    }

    public CheckIfPhoneNumberIsOptedOutResult checkIfPhoneNumberIsOptedOut(Caller caller, PhoneNumberRequest request) {
        return new CheckIfPhoneNumberIsOptedOutResult(optedOut.contains(phone(request.phoneNumber())));
    }

    public ListPhoneNumbersOptedOutResult listPhoneNumbersOptedOut(Caller caller, ListPhoneNumbersOptedOutRequest request) {
        List<String> sorted = optedOut.stream().sorted().toList();
        Page<String> page = Page.of(sorted, request.nextToken(), 100, number -> number, SnsError::invalidNextToken);
        return new ListPhoneNumbersOptedOutResult(page.items(), page.nextToken());
    }

    public void optInPhoneNumber(Caller caller, PhoneNumberRequest request) {
        optedOut.remove(phone(request.phoneNumber()));
    }

    public void createSMSSandboxPhoneNumber(Caller caller, CreateSMSSandboxPhoneNumberRequest request) {
        String number = phone(request.phoneNumber());
        sandbox.put(number, "Pending");
        record(number, "Your verification code is " + ONE_TIME_PASSWORD, clock.now());
    }

    public void verifySMSSandboxPhoneNumber(Caller caller, VerifySMSSandboxPhoneNumberRequest request) {
        String number = phone(request.phoneNumber());
        if (!sandbox.containsKey(number)) {
            throw SnsError.RESOURCE_NOT_FOUND.exception("Phone number does not exist in the sandbox");
        }
        if (!ONE_TIME_PASSWORD.equals(request.oneTimePassword())) {
            throw SnsError.VERIFICATION.exception("Invalid one-time password");
        }
        sandbox.put(number, "Verified");
    }

    public void deleteSMSSandboxPhoneNumber(Caller caller, SandboxPhoneNumberRequest request) {
        if (sandbox.remove(phone(request.phoneNumber())) == null) {
            throw SnsError.RESOURCE_NOT_FOUND.exception("Phone number does not exist in the sandbox");
        }
    }

    public ListSMSSandboxPhoneNumbersResult listSMSSandboxPhoneNumbers(Caller caller, PagedRequest request) {
        List<String> sorted = sandbox.keySet().stream().sorted().toList();
        int size = request.maxResults() == null ? 100 : Math.max(1, Math.min(100, request.maxResults()));
        Page<String> page = Page.of(sorted, request.nextToken(), size, number -> number, SnsError::invalidNextToken);
        return new ListSMSSandboxPhoneNumbersResult(page.items().stream()
                .map(number -> new SMSSandboxPhoneNumber(number, sandbox.get(number))).toList(), page.nextToken());
    }

    public GetSMSSandboxAccountStatusResult getSMSSandboxAccountStatus(Caller caller, EmptyRequest request) {
        return new GetSMSSandboxAccountStatusResult(false);
    }

    /** The emulator owns no origination numbers. */
    public ListOriginationNumbersResult listOriginationNumbers(Caller caller, PagedRequest request) {
        return new ListOriginationNumbersResult(List.of(), null);
    }

    PublishResult publish(String phoneNumber, String message, Map<String, MessageAttributeValue> messageAttributes,
                          Instant at) {
        String number = phone(phoneNumber);
        if (optedOut.contains(number)) {
            throw SnsError.OPTED_OUT.exception("Phone number is opted out");
        }
        return new PublishResult(record(number, message, at), null);
    }

    private String record(String number, String message, Instant at) {
        String messageId = UUID.randomUUID().toString();
        Delivery delivery = new Delivery(null, "sms", number, Delivery.Status.RECORDED,
                "no local SMS gateway; kept for inspection");
        recorder.accept(new PublishedMessage(messageId, number, message, null, Map.of(), at, null, null,
                List.of(delivery)));
        return messageId;
    }

    private static String phone(String number) {
        if (number == null || !PHONE.matcher(number).matches()) {
            throw SnsError.invalidParameter("PhoneNumber Reason: " + number + " is not valid to publish to");
        }
        return number;
    }
}
