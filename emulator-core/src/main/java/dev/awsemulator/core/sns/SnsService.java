package dev.awsemulator.core.sns;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.common.RetainedMemory;
import dev.awsemulator.core.persistence.RestoredState;
import dev.awsemulator.core.persistence.StateJournal;
import dev.awsemulator.core.service.EmulatedService;
import dev.awsemulator.core.service.ServiceRegistration;
import dev.awsemulator.core.sns.api.*;
import dev.awsemulator.core.sns.delivery.HttpDelivery;
import dev.awsemulator.core.sns.delivery.QueueDelivery;
import dev.awsemulator.core.time.Clock;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Amazon SNS (2010-03-31): topics, subscriptions, publishing and fanout. Platform applications and
 * SMS live in {@link #platform()} and {@link #sms()}. Every check runs before any change. The work itself
 * is done by one collaborator per concern; this class only routes, after resolving the topic or
 * subscription a request names once.
 * <p>
 * With a data directory every change is journaled before it is answered: a topic's or subscription's
 * attributes, tags and policies by the {@link #change} methods, the only ones that run such changes;
 * their creation and deletion by the {@link TopicRegistry}; a FIFO topic's deduplication records by the
 * {@link Publisher} as it publishes.
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

    /** The path, on the emulator's endpoint, of every notification's SigningCertURL: the signing certificate. */
    public static final String SIGNING_CERTIFICATE_PATH = Envelopes.CERTIFICATE_PATH;

    private final Clock clock;
    private final TopicRegistry topics;
    private final TopicJournal journal;
    private final TopicLifecycle lifecycle;
    private final TopicConfiguration configuration;
    private final Subscriptions subscriptions;
    private final Publisher publisher;
    private final PublishedMessages published = new PublishedMessages();
    private final PlatformApplications platform;
    private final SmsSettings sms;
    private final SigningKey signingKey;
    private final Envelopes envelopes;

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
        this.journal = new TopicJournal(journal);
        this.topics = new TopicRegistry(this.journal);
        this.signingKey = new SigningKey(clock, journal);
        this.envelopes = new Envelopes(signingKey);
        Fanout fanout = new Fanout(clock, queues, http, envelopes);
        this.platform = new PlatformApplications(published::record);
        this.sms = new SmsSettings(published::record, clock);
        this.lifecycle = new TopicLifecycle(options, topics);
        this.configuration = new TopicConfiguration(topics);
        this.subscriptions = new Subscriptions(clock, topics, envelopes, fanout, published);
        this.publisher = new Publisher(clock, topics, this.journal, fanout, platform, sms, published, memory);
    }

    @Override
    public String name() {
        return SnsResources.SERVICE;
    }

    @Override
    public void exportState(StateJournal out) {
        topics.export(out, clock.millis());
        signingKey.export(out);
    }

    @Override
    public void restoreState(RestoredState state) {
        signingKey.restore(state);
        topics.restore(state, clock.millis());
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
        lifecycle.deleteAccount(accountId);
        platform.deleteAccount(accountId);
        published.forgetAccount(accountId);
    }

    // ---- inspection ----

    /** Published messages, oldest first, each with what happened at every subscription. */
    public List<PublishedMessage> publishedMessages() {
        return published.all();
    }

    /** Every topic of every account and region, by ARN, each with its subscriptions by ARN. */
    public List<TopicOverview> overview() {
        return topics.topics().stream()
                .map(topic -> topic.arn)
                .sorted()
                .map(arn -> new TopicOverview(arn, topics.subscriptionsOf(arn).stream()
                        .map(s -> new TopicOverview.SubscriptionOverview(s.arn, s.protocol, s.endpoint,
                                s.pendingConfirmation(), s.rawMessageDelivery(),
                                s.attributes().get(SubscriptionAttributes.FILTER_POLICY),
                                s.attributes().get(SubscriptionAttributes.FILTER_POLICY_SCOPE)))
                        .toList()))
                .toList();
    }

    /** The path (on the emulator's endpoint) where the signing certificate is served. */
    public String signingCertificatePath() {
        return SIGNING_CERTIFICATE_PATH;
    }

    public String signingCertificatePem() {
        return envelopes.certificatePem();
    }

    /** The token a pending subscription is confirmed with; what AWS would have sent its endpoint. */
    public String confirmationToken(String subscriptionArn) {
        return topics.subscription(subscriptionArn).token;
    }

    // ---- topics ----

    public CreateTopicResult createTopic(Caller caller, CreateTopicRequest request) {
        return lifecycle.create(caller, request);
    }

    /** Deleting a topic that does not exist succeeds, as on AWS. */
    public void deleteTopic(Caller caller, TopicArnRequest request) {
        TopicState topic = topics.named(request.topicArn());
        if (topic != null) {
            lifecycle.delete(topic);
        }
    }

    public ListTopicsResult listTopics(Caller caller, NextTokenRequest request) {
        return lifecycle.list(caller, request);
    }

    public GetTopicAttributesResult getTopicAttributes(Caller caller, TopicArnRequest request) {
        return configuration.getAttributes(topics.topic(request.topicArn()));
    }

    public void setTopicAttributes(Caller caller, SetTopicAttributesRequest request) {
        change(topics.topic(request.topicArn()), topic -> TopicConfiguration.setAttributes(topic, request));
    }

    // ---- subscriptions ----

    public SubscriptionArnResult subscribe(Caller caller, SubscribeRequest request) {
        return subscriptions.subscribe(caller, topics.topic(request.topicArn()), request);
    }

    public SubscriptionArnResult confirmSubscription(Caller caller, ConfirmSubscriptionRequest request) {
        TopicSubscription confirmed = subscriptions.withToken(topics.topic(request.topicArn()), request.token());
        change(confirmed, subscription -> Subscriptions.confirm(subscription, request));
        return new SubscriptionArnResult(confirmed.arn);
    }

    /** Unsubscribing a subscription that does not exist (any more) succeeds, as on AWS. */
    public void unsubscribe(Caller caller, SubscriptionArnRequest request) {
        TopicSubscription subscription = topics.existing(request.subscriptionArn());
        if (subscription != null) {
            subscriptions.unsubscribe(caller, subscription);
        }
    }

    public GetSubscriptionAttributesResult getSubscriptionAttributes(Caller caller, SubscriptionArnRequest request) {
        return subscriptions.getAttributes(topics.subscription(request.subscriptionArn()));
    }

    public void setSubscriptionAttributes(Caller caller, SetSubscriptionAttributesRequest request) {
        change(topics.subscription(request.subscriptionArn()),
                subscription -> Subscriptions.setAttributes(subscription, request));
    }

    public ListSubscriptionsResult listSubscriptions(Caller caller, NextTokenRequest request) {
        return subscriptions.list(caller, request);
    }

    public ListSubscriptionsResult listSubscriptionsByTopic(Caller caller, ListSubscriptionsByTopicRequest request) {
        return subscriptions.listByTopic(topics.topic(request.topicArn()), request.nextToken());
    }

    // ---- publishing ----

    public PublishResult publish(Caller caller, PublishRequest request) {
        return publisher.publish(caller, request);
    }

    public PublishBatchResult publishBatch(Caller caller, PublishBatchRequest request) {
        return publisher.publishBatch(caller, topics.topic(request.topicArn()), request);
    }

    // ---- permissions, tags, data protection ----

    public void addPermission(Caller caller, AddPermissionRequest request) {
        change(topics.topic(request.topicArn()), topic -> TopicConfiguration.addPermission(caller, topic, request));
    }

    public void removePermission(Caller caller, RemovePermissionRequest request) {
        change(topics.topic(request.topicArn()), topic -> TopicConfiguration.removePermission(topic, request));
    }

    public void tagResource(Caller caller, TagResourceRequest request) {
        change(topics.taggable(request.resourceArn()), topic -> TopicTagging.tag(topic, request));
    }

    public void untagResource(Caller caller, UntagResourceRequest request) {
        change(topics.taggable(request.resourceArn()), topic -> TopicTagging.untag(topic, request));
    }

    public ListTagsForResourceResult listTagsForResource(Caller caller, ResourceArnRequest request) {
        return TopicTagging.list(topics.taggable(request.resourceArn()));
    }

    public GetDataProtectionPolicyResult getDataProtectionPolicy(Caller caller, ResourceArnRequest request) {
        return TopicConfiguration.dataProtectionPolicy(topics.topic(request.resourceArn()));
    }

    public void putDataProtectionPolicy(Caller caller, PutDataProtectionPolicyRequest request) {
        change(topics.topic(request.resourceArn()),
                topic -> TopicConfiguration.putDataProtectionPolicy(topic, request));
    }

    // ---- journaling ----

    /**
     * Runs an operation that changes a topic's attributes, tags or policies, under the topic's lock, and
     * journals the topic after it: the one place that does, so no such operation can leave its change
     * unjournaled.
     */
    private void change(TopicState topic, Consumer<TopicState> operation) {
        synchronized (topic) {
            operation.accept(topic);
            journal.changed(topic);
        }
    }

    /** The same for a subscription's attributes and confirmation. */
    private void change(TopicSubscription subscription, Consumer<TopicSubscription> operation) {
        synchronized (subscription) {
            operation.accept(subscription);
            journal.changed(subscription);
        }
    }
}
