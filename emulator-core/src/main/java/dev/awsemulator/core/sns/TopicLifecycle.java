package dev.awsemulator.core.sns;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.common.Page;
import dev.awsemulator.core.sns.api.CreateTopicRequest;
import dev.awsemulator.core.sns.api.CreateTopicResult;
import dev.awsemulator.core.sns.api.ListTopicsResult;
import dev.awsemulator.core.sns.api.NextTokenRequest;
import dev.awsemulator.core.sns.api.Topic;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Creating, deleting and listing topics, within the account's topic quotas. Creations take this object's
 * lock, so two of them never both take the last place.
 */
final class TopicLifecycle {

    private static final Pattern TOPIC_NAME = Pattern.compile("[A-Za-z0-9_-]{1,256}");
    private static final Pattern FIFO_TOPIC_NAME = Pattern.compile("[A-Za-z0-9_-]{1,251}\\.fifo");
    private static final int PAGE_SIZE = 100;

    private final SnsOptions options;
    private final TopicRegistry topics;

    TopicLifecycle(SnsOptions options, TopicRegistry topics) {
        this.options = options;
        this.topics = topics;
    }

    CreateTopicResult create(Caller caller, CreateTopicRequest request) {
        String name = request.name();
        Map<String, String> attributes = request.attributes() == null ? Map.of() : request.attributes();
        boolean fifo = "true".equalsIgnoreCase(attributes.get(TopicAttributes.FIFO_TOPIC));
        if (name == null || !(fifo ? FIFO_TOPIC_NAME : TOPIC_NAME).matcher(name).matches()) {
            throw SnsError.invalidParameter("Topic Name");
        }
        TopicAttributes settings = TopicAttributes.defaults(fifo).with(attributes, true);
        Map<String, String> tags = TopicTagging.tagMap(request.tags());
        TopicTagging.validate(tags);
        String dataProtection = TopicConfiguration.dataProtectionPolicy(request.dataProtectionPolicy());
        String arn = SnsResources.arn(caller, name).toString();
        synchronized (this) {
            TopicState existing = topics.get(arn);
            if (existing != null) {
                if (!existing.attributes().with(attributes, true).all().equals(existing.attributes().all())) {
                    throw SnsError.invalidParameter("Attributes Reason: Topic already exists with different "
                            + "attributes");
                }
                // Creating it again may repeat some or all of its tags, as on AWS, but adds or changes none.
                if (!existing.tags().snapshot().entrySet().containsAll(tags.entrySet())) {
                    throw SnsError.invalidParameter("Tags Reason: Topic already exists with different tags");
                }
                return new CreateTopicResult(arn);
            }
            checkQuota(caller, fifo);
            TopicState topic = new TopicState(arn, name, caller.accountId(), settings, dataProtection);
            topic.tags().putAll(tags);
            topics.add(topic);
        }
        return new CreateTopicResult(arn);
    }

    /** Called with this object locked, so two creations cannot both take the last place. */
    private void checkQuota(Caller caller, boolean fifo) {
        long existing = topics.topics().stream()
                .filter(topic -> topic.fifo() == fifo && SnsResources.listedFor(caller, topic.arn)).count();
        if (existing >= (fifo ? options.maxFifoTopics() : options.maxTopics())) {
            throw SnsError.TOPIC_LIMIT_EXCEEDED.exception("Topic limit exceeded");
        }
    }

    void delete(TopicState topic) {
        topics.remove(topic);
    }

    ListTopicsResult list(Caller caller, NextTokenRequest request) {
        List<String> arns = topics.topics().stream().filter(topic -> SnsResources.listedFor(caller, topic.arn))
                .map(topic -> topic.arn).sorted().toList();
        Page<String> page = Page.of(arns, request.nextToken(), PAGE_SIZE, Function.identity(),
                SnsError::invalidNextToken);
        return new ListTopicsResult(page.items().stream().map(Topic::new).toList(), page.nextToken());
    }

    /** Deletes every topic of one account, in every region, with their subscriptions. */
    synchronized void deleteAccount(String accountId) {
        topics.topics().stream().filter(topic -> SnsResources.ownedBy(accountId, topic.arn)).toList()
                .forEach(topics::remove);
    }
}
