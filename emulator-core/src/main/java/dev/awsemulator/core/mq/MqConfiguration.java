package dev.awsemulator.core.mq;

import dev.awsemulator.core.common.TagMap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A broker configuration: its revisions, each a whole text (ActiveMQ XML or RabbitMQ's rabbitmq.conf). */
final class MqConfiguration {

    record Revision(int number, Instant created, String description, String data) {
    }

    final String accountId;
    final String region;
    final String id;
    final String arn;
    final String name;
    final EngineType engine;
    final String engineVersion;
    final String authenticationStrategy;
    final Instant created;
    final List<Revision> revisions = new ArrayList<>();
    final TagMap tags = new TagMap();

    MqConfiguration(String accountId, String region, String id, String arn, String name, EngineType engine,
                    String engineVersion, String authenticationStrategy, Instant created) {
        this.accountId = accountId;
        this.region = region;
        this.id = id;
        this.arn = arn;
        this.name = name;
        this.engine = engine;
        this.engineVersion = engineVersion;
        this.authenticationStrategy = authenticationStrategy;
        this.created = created;
    }

    synchronized Revision latest() {
        return revisions.get(revisions.size() - 1);
    }

    synchronized Revision revision(int number) {
        return number >= 1 && number <= revisions.size() ? revisions.get(number - 1) : null;
    }

    synchronized Revision add(Instant at, String description, String data) {
        Revision revision = new Revision(revisions.size() + 1, at, description, data);
        revisions.add(revision);
        return revision;
    }

    synchronized List<Revision> revisions() {
        return List.copyOf(revisions);
    }
}
