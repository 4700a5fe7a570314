package dev.awsemulator.core.sns;

import dev.awsemulator.core.common.JsonDocuments;
import com.fasterxml.jackson.databind.JsonNode;
import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.common.ContentDigest;
import dev.awsemulator.core.common.Page;
import dev.awsemulator.core.common.RetainedMemory;
import dev.awsemulator.core.persistence.RestoredState;
import dev.awsemulator.core.persistence.StateJournal;
import dev.awsemulator.core.service.EmulatedService;
import dev.awsemulator.core.service.ServiceRegistration;
import dev.awsemulator.core.sns.api.*;
import dev.awsemulator.core.sns.delivery.HttpDelivery;
import dev.awsemulator.core.sns.delivery.QueueDelivery;
import dev.awsemulator.core.time.Clock;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Amazon SNS (2010-03-31): topics, subscriptions, publishing and fanout. Platform applications and
 * SMS live in {@link #platform()} and {@link #sms()}. Every check runs before any change.
 */
public final class SnsService implements EmulatedService {

    /**
     * How an emulator makes its SNS: queue deliveries and HTTP deliveries go through the emulator's ports,
     * looked up at each delivery, so a server may supply its HTTP client after the emulator was built.
     */
    public static final ServiceRegistration<SnsService> REGISTRATION = ServiceRegistration.of(SnsService.class,
            context -> {
                Supplier<QueueDelivery> queues = context.port(QueueDelivery.class, QueueDelivery.UNAVAILABLE);
                Supplier<HttpDelivery> http = context.port(HttpDelivery.class, HttpDelivery.UNAVAILABLE);
                return new SnsService(context.clock(),
                        (arn, body, attributes, group, deduplication) -> queues.get().send(arn, body, attributes,
                                group, deduplication),
                        (endpoint, headers, body) -> http.get().post(endpoint, headers, body),
                        context.options(SnsOptions.class, SnsOptions.DEFAULTS), context.journal(),
                        context.retainedMemory());
            });

    private static final Pattern TOPIC_NAME = Pattern.compile("[A-Za-z0-9_-]{1,256}");
    private static final Pattern FIFO_TOPIC_NAME = Pattern.compile("[A-Za-z0-9_-]{1,251}\\.fifo");
    private static final Pattern BATCH_ENTRY_ID = Pattern.compile("[A-Za-z0-9_-]{1,80}");
    private static final Pattern GROUP_OR_DEDUPLICATION_ID = Pattern.compile("[!-~]{1,128}");
    private static final Set<String> PROTOCOLS = Set.of("http", "https", "email", "email-json", "sms", "sqs",
            "application", "lambda", "firehose");
    private static final Set<String> CONFIRMED_BY_SUBSCRIBER = Set.of("http", "https", "email", "email-json");
    private static final int PAGE_SIZE = 100;
    private static final int MAX_TAGS = 50;
    private static final int MAX_BATCH_ENTRIES = 10;
    private static final int MAX_RECORDED_MESSAGES = 10_000;

    private final Clock clock;
    private final SnsOptions options;
    private final Envelopes envelopes;
    private final Fanout fanout;
    private final PlatformApplications platform;
    private final SmsSettings sms;
    private final Map<String, Topic> topics = new ConcurrentHashMap<>();
    private final Map<String, TopicSubscription> subscriptions = new ConcurrentHashMap<>();
    private final ConcurrentLinkedDeque<PublishedMessage> published = new ConcurrentLinkedDeque<>();
    private final TopicJournal journal;
    private final SigningKey signingKey;
    private final RetainedMemory memory;

    public SnsService(Clock clock, QueueDelivery queues, HttpDelivery http) {
        this(clock, queues, http, SnsOptions.DEFAULTS, StateJournal.NONE, RetainedMemory.unbounded());
    }

    /**
     * A service with these quotas that records every change of its topics and subscriptions in {@code journal}
     * first, and refuses to publish to topics while {@code memory}, which its queue deliveries fill, is exhausted.
     */
    public SnsService(Clock clock, QueueDelivery queues, HttpDelivery http, SnsOptions options, StateJournal journal,
                      RetainedMemory memory) {
        this.clock = clock;
        this.memory = memory;
        this.options = options;
        this.journal = new TopicJournal(journal);
        this.signingKey = new SigningKey(clock, journal);
        this.envelopes = new Envelopes(signingKey);
        this.fanout = new Fanout(clock, queues, http, envelopes);
        this.platform = new PlatformApplications(this::record);
        this.sms = new SmsSettings(this::record, clock);
    }

    @Override
    public String name() {
        return "sns";
    }

    @Override
    public void exportState(StateJournal out) {
        TopicJournal.export(topics.values(), subscriptions.values(), clock.millis(), out);
        signingKey.export(out);
    }

    @Override
    public void restoreState(RestoredState state) {
        signingKey.restore(state);
        for (String scope : state.scopes(TopicJournal.TOPIC)) {
            Topic topic = TopicJournal.topic(state.image(scope, TopicJournal.TOPIC, TopicJournal.TOPIC_ID));
            long now = clock.millis();
            state.images(scope, TopicJournal.DEDUPLICATION).values()
                    .forEach(image -> topic.restore(TopicJournal.earlier(image), now));
            topics.put(topic.arn, topic);
            state.images(scope, TopicJournal.SUBSCRIPTION).values().forEach(image -> {
                TopicSubscription subscription = TopicJournal.subscription(image);
                subscriptions.put(subscription.arn, subscription);
            });
        }
    }

    public PlatformApplications platform() {
        return platform;
    }

    public SmsSettings sms() {
        return sms;
    }

    /** Deletes every topic, subscription, platform resource and recorded message. */
    @Override
    public void reset() {
        topics.clear();
        subscriptions.clear();
        published.clear();
        platform.reset();
        sms.reset();
    }

    /**
     * Deletes every topic of one account, in every region, with their subscriptions, and its platform
     * applications and endpoints; forgets the messages published to them. SMS settings are not kept per account.
     */
    @Override
    public void deleteAccount(String accountId) {
        synchronized (topics) {
            topics.values().removeIf(topic -> {
                boolean owned = ownedBy(accountId, topic.arn);
                if (owned) {
                    subscriptions.values().removeIf(subscription -> subscription.topicArn.equals(topic.arn));
                    journal.deleted(topic.arn);
                }
                return owned;
            });
        }
        platform.deleteAccount(accountId);
        published.removeIf(message -> ownedBy(accountId, message.target()));
    }

    /** Whether {@code arn} is an SNS resource of the account; false for phone numbers, which name none. */
    static boolean ownedBy(String accountId, String arn) {
        SnsArn parsed = SnsArn.parse(arn);
        return parsed != null && parsed.accountId().equals(accountId);
    }

    // ---- inspection ----

    /** Published messages, oldest first, each with what happened at every subscription. */
    public List<PublishedMessage> publishedMessages() {
        return List.copyOf(published);
    }

    /** Every topic of every account and region, by ARN, each with its subscriptions by ARN. */
    public List<TopicOverview> overview() {
        return topics.values().stream()
                .map(topic -> topic.arn)
                .sorted()
                .map(arn -> new TopicOverview(arn, subscriptionsOf(arn).stream()
                        .map(s -> new TopicOverview.SubscriptionOverview(s.arn, s.protocol, s.endpoint,
                                s.pendingConfirmation(), s.rawMessageDelivery(),
                                s.attributes().get(SubscriptionAttributes.FILTER_POLICY),
                                s.attributes().get(SubscriptionAttributes.FILTER_POLICY_SCOPE)))
                        .toList()))
                .toList();
    }

    /** The path (on the emulator's endpoint) where the signing certificate is served. */
    public String signingCertificatePath() {
        return Envelopes.CERTIFICATE_PATH;
    }

    public String signingCertificatePem() {
        return envelopes.certificatePem();
    }

    /** The token a pending subscription is confirmed with; what AWS would have sent its endpoint. */
    public String confirmationToken(String subscriptionArn) {
        return subscription(subscriptionArn).token;
    }

    private void record(PublishedMessage message) {
        published.addLast(message);
        while (published.size() > MAX_RECORDED_MESSAGES) {
            published.pollFirst();
        }
    }

    // ---- topics ----

    public CreateTopicResult createTopic(Caller caller, CreateTopicRequest request) {
        String name = request.name();
        Map<String, String> attributes = request.attributes() == null ? Map.of() : request.attributes();
        boolean fifo = "true".equalsIgnoreCase(attributes.get(TopicAttributes.FIFO_TOPIC));
        if (name == null || !(fifo ? FIFO_TOPIC_NAME : TOPIC_NAME).matcher(name).matches()) {
            throw SnsError.invalidParameter("Topic Name");
        }
        TopicAttributes settings = TopicAttributes.defaults(fifo).with(attributes, true);
        Map<String, String> tags = tagMap(request.tags());
        validateTags(tags);
        String dataProtection = dataProtectionPolicy(request.dataProtectionPolicy());
        String arn = SnsArn.of(caller, name).toString();
        synchronized (topics) {
            Topic existing = topics.get(arn);
            if (existing != null) {
                if (!existing.attributes().with(attributes, true).all().equals(existing.attributes().all())) {
                    throw SnsError.invalidParameter("Attributes Reason: Topic already exists with different attributes");
                }
                if (!tags.isEmpty() && !tags.equals(existing.tags().snapshot())) {
                    throw SnsError.invalidParameter("Tags Reason: Topic already exists with different tags");
                }
                return new CreateTopicResult(arn);
            }
            checkTopicQuota(caller, fifo);
            Topic topic = new Topic(arn, name, caller.accountId(), settings, dataProtection);
            topic.tags().putAll(tags);
            topics.put(arn, topic);
            journal.created(topic);
        }
        return new CreateTopicResult(arn);
    }

    /** Called with the topics locked, so two creations cannot both take the last place. */
    private void checkTopicQuota(Caller caller, boolean fifo) {
        String prefix = SnsArn.of(caller, "").toString();
        long existing = topics.values().stream().filter(topic -> topic.fifo() == fifo && topic.arn.startsWith(prefix))
                .count();
        if (existing >= (fifo ? options.maxFifoTopics() : options.maxTopics())) {
            throw SnsError.TOPIC_LIMIT_EXCEEDED.exception("Topic limit exceeded");
        }
    }

    public void deleteTopic(Caller caller, TopicArnRequest request) {
        String arn = topicArn(request.topicArn(), "TopicArn");
        if (topics.remove(arn) != null) {
            subscriptions.values().removeIf(subscription -> subscription.topicArn.equals(arn));
            journal.deleted(arn);
        }
    }

    public GetTopicAttributesResult getTopicAttributes(Caller caller, TopicArnRequest request) {
        Topic topic = topic(request.topicArn());
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("Policy", TopicPolicies.defaultPolicy(topic.arn, topic.owner));
        attributes.put("Owner", topic.owner);
        attributes.put("TopicArn", topic.arn);
        long confirmed = subscriptionsOf(topic.arn).stream().filter(s -> !s.pendingConfirmation()).count();
        attributes.put("SubscriptionsConfirmed", Long.toString(confirmed));
        attributes.put("SubscriptionsPending", Long.toString(subscriptionsOf(topic.arn).size() - confirmed));
        attributes.put("SubscriptionsDeleted", "0");
        attributes.put("EffectiveDeliveryPolicy", topic.attributes().get(TopicAttributes.DELIVERY_POLICY) != null
                ? topic.attributes().get(TopicAttributes.DELIVERY_POLICY) : DeliveryPolicy.DEFAULT_EFFECTIVE_JSON);
        attributes.putAll(topic.attributes().all());
        return new GetTopicAttributesResult(attributes);
    }

    public void setTopicAttributes(Caller caller, SetTopicAttributesRequest request) {
        Topic topic = topic(request.topicArn());
        if (request.attributeName() == null || request.attributeName().isEmpty()) {
            throw SnsError.invalidParameter("AttributeName");
        }
        Map<String, String> change = new LinkedHashMap<>();
        change.put(request.attributeName(), request.attributeValue());
        synchronized (topic) {
            topic.attributes(topic.attributes().with(change, false));
            journal.changed(topic);
        }
    }

    public ListTopicsResult listTopics(Caller caller, NextTokenRequest request) {
        List<String> arns = topics.values().stream().filter(topic -> owned(caller, topic.arn))
                .map(topic -> topic.arn).sorted().toList();
        Page<String> page = Page.of(arns, request.nextToken(), PAGE_SIZE, Function.identity(),
                SnsError::invalidNextToken);
        return new ListTopicsResult(page.items().stream().map(dev.awsemulator.core.sns.api.Topic::new).toList(),
                page.nextToken());
    }

    // ---- subscriptions ----

    public SubscriptionArnResult subscribe(Caller caller, SubscribeRequest request) {
        Topic topic = topic(request.topicArn());
        String protocol = request.protocol() == null ? "" : request.protocol();
        if (!PROTOCOLS.contains(protocol)) {
            throw SnsError.invalidParameter("Invalid protocol type: " + protocol);
        }
        String endpoint = Endpoints.validate(protocol, request.endpoint(), topic.fifo());
        Map<String, String> requested = request.attributes() == null ? Map.of() : request.attributes();
        Map<String, String> attributes = SubscriptionAttributes.apply(Map.of(), requested, protocol);
        var filter = SubscriptionAttributes.filter(attributes, true);
        synchronized (subscriptions) {
            for (TopicSubscription existing : subscriptionsOf(topic.arn)) {
                if (existing.protocol.equals(protocol) && existing.endpoint.equals(endpoint)) {
                    if (!existing.attributes().equals(attributes)) {
                        throw SnsError.invalidParameter("Attributes Reason: Subscription already exists with "
                                + "different attributes");
                    }
                    return new SubscriptionArnResult(shownArn(existing, request.returnSubscriptionArn()));
                }
            }
            boolean pending = CONFIRMED_BY_SUBSCRIBER.contains(protocol);
            TopicSubscription subscription = new TopicSubscription(topic.arn + ":" + UUID.randomUUID(), topic.arn,
                    protocol, endpoint, caller.accountId(), token(), pending);
            subscription.attributes(attributes, filter);
            subscriptions.put(subscription.arn, subscription);
            journal.changed(subscription);
            if (pending) {
                askForConfirmation(topic, subscription, caller.endpoint());
            }
            return new SubscriptionArnResult(shownArn(subscription, request.returnSubscriptionArn()));
        }
    }

    private static String shownArn(TopicSubscription subscription, Boolean returnSubscriptionArn) {
        return subscription.pendingConfirmation() && !Boolean.TRUE.equals(returnSubscriptionArn)
                ? "pending confirmation" : subscription.arn;
    }

    private void askForConfirmation(Topic topic, TopicSubscription subscription, URI endpoint) {
        String messageId = UUID.randomUUID().toString();
        String message = "You have chosen to subscribe to the topic " + topic.arn + ".\nTo confirm the subscription, "
                + "visit the SubscribeURL included in this message.";
        String body = envelopes.confirmation("SubscriptionConfirmation", messageId, topic.arn, subscription.token,
                message, clock.now(), topic.attributes().signatureVersion(), endpoint);
        if (subscription.protocol.startsWith("http")) {
            fanout.confirm("SubscriptionConfirmation", subscription, topic, messageId, body);
        } else {
            Delivery delivery = new Delivery(subscription.arn, subscription.protocol, subscription.endpoint,
                    Delivery.Status.RECORDED, "confirmation request with its SubscribeURL; no local mail server");
            record(new PublishedMessage(messageId, topic.arn, body, "AWS Notification - Subscription Confirmation",
                    Map.of(), clock.now(), null, null, List.of(delivery)));
        }
    }

    public SubscriptionArnResult confirmSubscription(Caller caller, ConfirmSubscriptionRequest request) {
        Topic topic = topic(request.topicArn());
        String token = request.token();
        for (TopicSubscription subscription : subscriptionsOf(topic.arn)) {
            if (subscription.token.equals(token)) {
                subscription.confirm("true".equalsIgnoreCase(request.authenticateOnUnsubscribe()));
                journal.changed(subscription);
                return new SubscriptionArnResult(subscription.arn);
            }
        }
        throw SnsError.invalidParameter("Token");
    }

    public void unsubscribe(Caller caller, SubscriptionArnRequest request) {
        TopicSubscription subscription = subscription(request.subscriptionArn());
        subscriptions.remove(subscription.arn);
        journal.unsubscribed(subscription);
        Topic topic = topics.get(subscription.topicArn);
        if (topic != null && subscription.protocol.startsWith("http") && !subscription.pendingConfirmation()) {
            String messageId = UUID.randomUUID().toString();
            String message = "You have chosen to deactivate subscription " + subscription.arn + ".\nTo cancel this "
                    + "operation and restore the subscription, visit the SubscribeURL included in this message.";
            fanout.confirm("UnsubscribeConfirmation", subscription, topic, messageId, envelopes.confirmation(
                    "UnsubscribeConfirmation", messageId, topic.arn, subscription.token, message, clock.now(),
                    topic.attributes().signatureVersion(), caller.endpoint()));
        }
    }

    public GetSubscriptionAttributesResult getSubscriptionAttributes(Caller caller, SubscriptionArnRequest request) {
        TopicSubscription subscription = subscription(request.subscriptionArn());
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("Owner", subscription.owner);
        attributes.put("RawMessageDelivery", "false");
        attributes.put("TopicArn", subscription.topicArn);
        attributes.put("Endpoint", subscription.endpoint);
        attributes.put("Protocol", subscription.protocol);
        attributes.put("PendingConfirmation", Boolean.toString(subscription.pendingConfirmation()));
        attributes.put("ConfirmationWasAuthenticated", Boolean.toString(subscription.confirmationWasAuthenticated()));
        attributes.put("SubscriptionArn", subscription.arn);
        Topic topic = topics.get(subscription.topicArn);
        if (topic != null && subscription.protocol.startsWith("http")) {
            DeliveryPolicy effective = Fanout.policy(topic, subscription);
            attributes.put("EffectiveDeliveryPolicy", TopicPolicies.effectiveDeliveryPolicy(effective));
        }
        attributes.putAll(subscription.attributes());
        return new GetSubscriptionAttributesResult(attributes);
    }

    public void setSubscriptionAttributes(Caller caller, SetSubscriptionAttributesRequest request) {
        TopicSubscription subscription = subscription(request.subscriptionArn());
        if (request.attributeName() == null || request.attributeName().isEmpty()) {
            throw SnsError.invalidParameter("AttributeName");
        }
        Map<String, String> change = new LinkedHashMap<>();
        change.put(request.attributeName(), request.attributeValue());
        synchronized (subscription) {
            Map<String, String> next = SubscriptionAttributes.apply(subscription.attributes(), change,
                    subscription.protocol);
            subscription.attributes(next, SubscriptionAttributes.filter(next, false));
            journal.changed(subscription);
        }
    }

    public ListSubscriptionsResult listSubscriptions(Caller caller, NextTokenRequest request) {
        List<TopicSubscription> mine = subscriptions.values().stream().filter(s -> owned(caller, s.topicArn)).toList();
        return subscriptionPage(mine, request.nextToken());
    }

    public ListSubscriptionsResult listSubscriptionsByTopic(Caller caller, ListSubscriptionsByTopicRequest request) {
        Topic topic = topic(request.topicArn());
        return subscriptionPage(subscriptionsOf(topic.arn), request.nextToken());
    }

    private static ListSubscriptionsResult subscriptionPage(List<TopicSubscription> all, String nextToken) {
        List<TopicSubscription> sorted = all.stream().sorted(Comparator.comparing(s -> s.arn)).toList();
        Page<TopicSubscription> page = Page.of(sorted, nextToken, PAGE_SIZE, s -> s.arn, SnsError::invalidNextToken);
        return new ListSubscriptionsResult(page.items().stream().map(s -> new Subscription(
                s.pendingConfirmation() ? "PendingConfirmation" : s.arn, s.owner, s.protocol, s.endpoint, s.topicArn))
                .toList(), page.nextToken());
    }

    // ---- publishing ----

    public PublishResult publish(Caller caller, PublishRequest request) {
        Map<String, MessageAttributeValue> attributes = attributesOf(request.messageAttributes());
        int targets = (request.topicArn() != null ? 1 : 0) + (request.targetArn() != null ? 1 : 0)
                + (request.phoneNumber() != null ? 1 : 0);
        if (targets == 0) {
            throw SnsError.invalidParameter("TopicArn or TargetArn Reason: no value for required parameter");
        }
        if (targets > 1) {
            throw SnsError.invalidParameter("TopicArn or TargetArn or PhoneNumber Reason: Only one of these "
                    + "parameters may be set");
        }
        Message message = validateMessage(request.message(), request.subject(), request.messageStructure(), attributes);
        if (request.phoneNumber() != null) {
            return sms.publish(request.phoneNumber(), message.text(), attributes, clock.now());
        }
        String target = request.topicArn() != null ? request.topicArn() : request.targetArn();
        SnsArn arn = SnsArn.parse(target);
        if (arn != null && arn.resource().startsWith("endpoint/")) {
            return platform.publish(target, message.text(), attributes, clock.now());
        }
        Topic topic = topic(target);
        requireRetainedMemory(message.text().length());
        return publishToTopic(caller, topic, message, attributes, request.messageGroupId(),
                request.messageDeduplicationId());
    }

    /**
     * A publish whose queue deliveries could not be kept, not even one copy of its {@code characters}, is refused
     * whole, with the throttling error SNS models (HTTP 429, which the SDKs retry with backoff). One that
     * starts with room left but fills the bound midway records each refused delivery as FAILED with the
     * SQS error as its reason.
     */
    private void requireRetainedMemory(long characters) {
        if (!memory.hasRoomFor(2 * characters)) {
            throw SnsError.THROTTLED.exception(memory.exhausted());
        }
    }

    public PublishBatchResult publishBatch(Caller caller, PublishBatchRequest request) {
        Topic topic = topic(request.topicArn());
        List<PublishBatchRequestEntry> entries = request.publishBatchRequestEntries();
        if (entries == null || entries.isEmpty()) {
            throw SnsError.EMPTY_BATCH_REQUEST.exception("The batch request doesn't contain any entries.");
        }
        if (entries.size() > MAX_BATCH_ENTRIES) {
            throw SnsError.TOO_MANY_ENTRIES_IN_BATCH_REQUEST.exception(
                    "The batch request contains more entries than permissible.");
        }
        Set<String> ids = new HashSet<>();
        long total = 0;
        for (PublishBatchRequestEntry entry : entries) {
            if (entry.id() == null || !BATCH_ENTRY_ID.matcher(entry.id()).matches()) {
                throw SnsError.INVALID_BATCH_ENTRY_ID.exception("The Id of a batch entry in a batch request doesn't "
                        + "abide by the specification.");
            }
            if (!ids.add(entry.id())) {
                throw SnsError.BATCH_ENTRY_IDS_NOT_DISTINCT.exception("Two or more batch entries in the request have "
                        + "the same Id.");
            }
            total += MessageAttributes.size(entry.message(), attributesOf(entry.messageAttributes()));
        }
        if (total > MessageAttributes.MAX_MESSAGE_BYTES) {
            throw SnsError.BATCH_REQUEST_TOO_LONG.exception("The length of all the messages put together is more "
                    + "than the limit.");
        }
        requireRetainedMemory(total);
        List<PublishBatchResultEntry> successful = new ArrayList<>();
        List<BatchResultErrorEntry> failed = new ArrayList<>();
        for (PublishBatchRequestEntry entry : entries) {
            try {
                Map<String, MessageAttributeValue> attributes = attributesOf(entry.messageAttributes());
                Message message = validateMessage(entry.message(), entry.subject(), entry.messageStructure(),
                        attributes);
                PublishResult result = publishToTopic(caller, topic, message, attributes, entry.messageGroupId(),
                        entry.messageDeduplicationId());
                successful.add(new PublishBatchResultEntry(entry.id(), result.messageId(), result.sequenceNumber()));
            } catch (AwsException e) {
                failed.add(new BatchResultErrorEntry(entry.id(), e.errorCode().queryCode(), e.getMessage(),
                        e.errorCode().senderFault()));
            }
        }
        return new PublishBatchResult(successful, failed);
    }

    private record Message(String text, JsonNode structure, String subject) {
    }

    private static Message validateMessage(String text, String subject, String structure,
                                           Map<String, MessageAttributeValue> attributes) {
        if (text == null || text.isEmpty()) {
            throw SnsError.invalidParameter("Empty message");
        }
        if (subject != null && (subject.isEmpty() || subject.length() > 100 || !subject.chars().allMatch(
                c -> c >= 0x20 && c < 0x7f) || subject.startsWith(" "))) {
            throw SnsError.invalidParameter("Subject");
        }
        MessageAttributes.validate(attributes);
        if (MessageAttributes.size(text, attributes) > MessageAttributes.MAX_MESSAGE_BYTES) {
            throw SnsError.invalidParameter("Message too long");
        }
        JsonNode parsed = null;
        if (structure != null) {
            if (!structure.equals("json")) {
                throw SnsError.invalidParameter("MessageStructure");
            }
            parsed = JsonDocuments.parseObject(text);
            if (parsed == null) {
                throw SnsError.invalidParameter("Message Structure - JSON message body failed to parse");
            }
            if (!parsed.path("default").isTextual()) {
                throw SnsError.invalidParameter("Message Structure - No default entry in JSON message body");
            }
        }
        return new Message(parsed == null ? text : parsed.get("default").asText(), parsed, subject);
    }

    private PublishResult publishToTopic(Caller caller, Topic topic, Message message,
                                         Map<String, MessageAttributeValue> attributes, String groupId,
                                         String deduplicationId) {
        if (groupId != null && !GROUP_OR_DEDUPLICATION_ID.matcher(groupId).matches()) {
            throw SnsError.invalidParameter("MessageGroupId Reason: MessageGroupId can only include alphanumeric and "
                    + "punctuation characters. 1 to 128 in length.");
        }
        if (!topic.fifo()) {
            if (deduplicationId != null) {
                throw SnsError.invalidParameter("MessageDeduplicationId Reason: The request includes "
                        + "MessageDeduplicationId parameter that is not valid for this topic type");
            }
            Notification notification = new Notification(UUID.randomUUID().toString(), topic.arn, message.text(),
                    message.structure(), message.subject(), attributes, clock.now(), groupId, null, null);
            return deliver(caller, topic, notification);
        }
        if (groupId == null) {
            throw SnsError.invalidParameter("The MessageGroupId parameter is required for FIFO topics");
        }
        String key = deduplicationId;
        if (key == null) {
            if (!topic.attributes().contentBasedDeduplication()) {
                throw SnsError.invalidParameter("The topic should either have ContentBasedDeduplication enabled or "
                        + "MessageDeduplicationId provided explicitly");
            }
            key = ContentDigest.sha256Hex(message.text());
        } else if (!GROUP_OR_DEDUPLICATION_ID.matcher(key).matches()) {
            throw SnsError.invalidParameter("MessageDeduplicationId Reason: MessageDeduplicationId can only include "
                    + "alphanumeric and punctuation characters. 1 to 128 in length.");
        }
        // One FIFO topic delivers in one order to all its queues: publish and fan out under its lock.
        synchronized (topic) {
            long now = clock.millis();
            Topic.Earlier earlier = topic.earlier(key, now);
            if (earlier != null) {
                return new PublishResult(earlier.messageId(), earlier.sequenceNumber());
            }
            String messageId = UUID.randomUUID().toString();
            Topic.Earlier registered = topic.register(key, messageId, now);
            journal.published(topic, registered);
            String sequence = registered.sequenceNumber();
            Notification notification = new Notification(messageId, topic.arn, message.text(), message.structure(),
                    message.subject(), attributes, clock.now(), groupId, key, sequence);
            return deliver(caller, topic, notification);
        }
    }

    private PublishResult deliver(Caller caller, Topic topic, Notification notification) {
        List<Delivery> deliveries = fanout.deliver(topic, notification, subscriptionsOf(topic.arn), caller.endpoint());
        record(new PublishedMessage(notification.messageId(), topic.arn, notification.message(),
                notification.subject(), notification.attributes(), notification.timestamp(),
                notification.messageGroupId(), notification.sequenceNumber(), deliveries));
        return new PublishResult(notification.messageId(), notification.sequenceNumber());
    }

    // ---- permissions, tags, data protection ----

    public void addPermission(Caller caller, AddPermissionRequest request) {
        Topic topic = topic(request.topicArn());
        synchronized (topic) {
            String policy = TopicPolicies.addPermission(currentPolicy(topic), topic.arn, caller.partition(),
                    request.label(), request.awsAccountId(), request.actionName());
            topic.attributes(topic.attributes().with(Map.of(TopicAttributes.POLICY, policy), false));
            journal.changed(topic);
        }
    }

    public void removePermission(Caller caller, RemovePermissionRequest request) {
        Topic topic = topic(request.topicArn());
        synchronized (topic) {
            String policy = TopicPolicies.removePermission(currentPolicy(topic), request.label());
            topic.attributes(topic.attributes().with(Map.of(TopicAttributes.POLICY, policy), false));
            journal.changed(topic);
        }
    }

    private static String currentPolicy(Topic topic) {
        String policy = topic.attributes().get(TopicAttributes.POLICY);
        return policy != null ? policy : TopicPolicies.defaultPolicy(topic.arn, topic.owner);
    }

    public void tagResource(Caller caller, TagResourceRequest request) {
        Topic topic = taggable(request.resourceArn());
        Map<String, String> tags = tagMap(request.tags());
        synchronized (topic) {
            Map<String, String> merged = topic.tags().snapshot();
            merged.putAll(tags);
            if (merged.size() > MAX_TAGS) {
                throw SnsError.TAG_LIMIT_EXCEEDED.exception("Could not complete request: tag quota of per resource "
                        + "exceeded");
            }
            validateTags(tags);
            topic.tags().putAll(tags);
            journal.changed(topic);
        }
    }

    public void untagResource(Caller caller, UntagResourceRequest request) {
        Topic topic = taggable(request.resourceArn());
        topic.tags().removeAll(request.tagKeys() == null ? List.of() : request.tagKeys());
        journal.changed(topic);
    }

    public ListTagsForResourceResult listTagsForResource(Caller caller, ResourceArnRequest request) {
        return new ListTagsForResourceResult(taggable(request.resourceArn()).tags().snapshot().entrySet().stream()
                .map(tag -> new Tag(tag.getKey(), tag.getValue())).toList());
    }

    private Topic taggable(String arn) {
        Topic topic = arn == null ? null : topics.get(arn);
        if (topic == null) {
            throw SnsError.RESOURCE_NOT_FOUND.exception("Resource does not exist");
        }
        return topic;
    }

    public GetDataProtectionPolicyResult getDataProtectionPolicy(Caller caller, ResourceArnRequest request) {
        return new GetDataProtectionPolicyResult(topic(request.resourceArn()).dataProtectionPolicy());
    }

    public void putDataProtectionPolicy(Caller caller, PutDataProtectionPolicyRequest request) {
        Topic topic = topic(request.resourceArn());
        topic.dataProtectionPolicy(dataProtectionPolicy(required(request.dataProtectionPolicy(),
                "DataProtectionPolicy")));
        journal.changed(topic);
    }

    private static String dataProtectionPolicy(String policy) {
        if (policy != null && !policy.isEmpty() && JsonDocuments.parseObject(policy) == null) {
            throw SnsError.invalidParameter("DataProtectionPolicy");
        }
        return policy == null || policy.isEmpty() ? null : policy;
    }

    // ---- shared checks ----

    private Topic topic(String arn) {
        return topics.get(topicArn(arn, "TopicArn"));
    }

    /** The ARN if it is a well-formed topic ARN of an existing topic; AWS's errors otherwise. */
    private String topicArn(String arn, String parameter) {
        SnsArn parsed = SnsArn.parse(arn);
        if (parsed == null || parsed.resource().contains(":") || parsed.resource().contains("/")) {
            throw SnsError.invalidParameter(parameter);
        }
        if (!topics.containsKey(arn)) {
            throw SnsError.NOT_FOUND.exception("Topic does not exist");
        }
        return arn;
    }

    private TopicSubscription subscription(String arn) {
        if (SnsArn.parse(arn) == null) {
            throw SnsError.invalidParameter("SubscriptionArn");
        }
        TopicSubscription subscription = subscriptions.get(arn);
        if (subscription == null) {
            throw SnsError.NOT_FOUND.exception("Subscription does not exist");
        }
        return subscription;
    }

    private List<TopicSubscription> subscriptionsOf(String topicArn) {
        return subscriptions.values().stream().filter(s -> s.topicArn.equals(topicArn))
                .sorted(Comparator.comparing(s -> s.arn)).toList();
    }

    private static boolean owned(Caller caller, String arn) {
        SnsArn parsed = SnsArn.parse(arn);
        return parsed != null && parsed.accountId().equals(caller.accountId()) && parsed.region().equals(caller.region());
    }

    private static Map<String, MessageAttributeValue> attributesOf(Map<String, MessageAttributeValue> attributes) {
        return attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    private static Map<String, String> tagMap(List<Tag> tags) {
        Map<String, String> map = new LinkedHashMap<>();
        if (tags != null) {
            tags.forEach(tag -> map.put(tag.key(), tag.value() == null ? "" : tag.value()));
        }
        return map;
    }

    private static void validateTags(Map<String, String> tags) {
        if (tags.size() > MAX_TAGS) {
            throw SnsError.TAG_LIMIT_EXCEEDED.exception("Could not complete request: tag quota of per resource exceeded");
        }
        tags.forEach((key, value) -> {
            if (key == null || key.isEmpty() || key.length() > 128 || value.length() > 256) {
                throw SnsError.TAG_POLICY.exception("Tag keys must be 1 to 128 and values at most 256 characters.");
            }
        });
    }

    static String required(String value, String name) {
        if (value == null || value.isEmpty()) {
            throw SnsError.invalidParameter(name);
        }
        return value;
    }

    private static String token() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }
}
