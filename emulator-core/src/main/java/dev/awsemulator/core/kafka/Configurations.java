package dev.awsemulator.core.kafka;

import dev.awsemulator.core.common.Caller;
import dev.awsemulator.core.common.Page;
import dev.awsemulator.core.kafka.api.Configuration;
import dev.awsemulator.core.kafka.api.ConfigurationInfo;
import dev.awsemulator.core.kafka.api.ConfigurationRevision;
import dev.awsemulator.core.kafka.api.CreateConfigurationRequest;
import dev.awsemulator.core.kafka.api.CreateConfigurationResult;
import dev.awsemulator.core.kafka.api.DescribeConfigurationResult;
import dev.awsemulator.core.kafka.api.DescribeConfigurationRevisionResult;
import dev.awsemulator.core.kafka.api.ListConfigurationRevisionsRequest;
import dev.awsemulator.core.kafka.api.ListConfigurationRevisionsResult;
import dev.awsemulator.core.kafka.api.ListConfigurationsRequest;
import dev.awsemulator.core.kafka.api.ListConfigurationsResult;
import dev.awsemulator.core.kafka.api.UpdateConfigurationRequest;
import dev.awsemulator.core.kafka.api.UpdateConfigurationResult;
import dev.awsemulator.core.time.Clock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * MSK configurations: named sets of broker properties, each change a new revision, which clusters name by ARN
 * and revision. The properties are checked when a revision is made, so a cluster never meets a bad one.
 */
final class Configurations {

    /** One configuration and its revisions, oldest first; guarded by its monitor. */
    static final class Entry {
        final String arn;
        final String name;
        final String accountId;
        final String region;
        final Instant creationTime;
        final List<String> kafkaVersions;
        final List<Revision> revisions = new ArrayList<>();
        String description;

        Entry(String arn, String name, String accountId, String region, Instant creationTime,
              List<String> kafkaVersions, String description) {
            this.arn = arn;
            this.name = name;
            this.accountId = accountId;
            this.region = region;
            this.creationTime = creationTime;
            this.kafkaVersions = kafkaVersions;
            this.description = description;
        }

        synchronized Revision latest() {
            return revisions.get(revisions.size() - 1);
        }

        synchronized Revision revision(long number) {
            return number >= 1 && number <= revisions.size() ? revisions.get((int) number - 1) : null;
        }
    }

    record Revision(long revision, Instant creationTime, String description, byte[] serverProperties) {

        ConfigurationRevision view() {
            return new ConfigurationRevision(creationTime, description, revision);
        }
    }

    private final Clock clock;
    private final Map<String, Entry> byArn = new ConcurrentHashMap<>();
    /** Told of every configuration that changed, or left (then no longer in {@link #get}). */
    private final Consumer<Entry> changed;

    Configurations(Clock clock, Consumer<Entry> changed) {
        this.clock = clock;
        this.changed = changed;
    }

    synchronized CreateConfigurationResult create(Caller caller, CreateConfigurationRequest request) {
        Checks.name(request.name(), "name");
        Checks.required(request.serverProperties(), "serverProperties");
        ServerProperties.parse(request.serverProperties());
        if (request.kafkaVersions() != null) {
            request.kafkaVersions().forEach(version -> KafkaVersions.check(version, "kafkaVersions"));
        }
        if (byArn.values().stream().anyMatch(entry -> owned(caller, entry) && entry.name.equals(request.name()))) {
            throw KafkaError.CONFLICT.exception("A configuration with the name " + request.name()
                    + " already exists in this account and Region.", "name");
        }
        Instant now = clock.now();
        Entry entry = new Entry(KafkaArns.configuration(caller, request.name(), UUID.randomUUID()), request.name(),
                caller.accountId(), caller.region(), now,
                request.kafkaVersions() == null ? List.of() : List.copyOf(request.kafkaVersions()),
                request.description());
        entry.revisions.add(new Revision(1, now, request.description(), request.serverProperties().clone()));
        byArn.put(entry.arn, entry);
        changed.accept(entry);
        return new CreateConfigurationResult(entry.arn, now, entry.latest().view(), entry.name, "ACTIVE");
    }

    DescribeConfigurationResult describe(Caller caller, String arn) {
        Entry entry = find(caller, arn);
        synchronized (entry) {
            return new DescribeConfigurationResult(entry.arn, entry.creationTime, entry.description,
                    entry.kafkaVersions, entry.latest().view(), entry.name, "ACTIVE");
        }
    }

    DescribeConfigurationRevisionResult describeRevision(Caller caller, String arn, Long revision) {
        Checks.required(revision, "revision");
        Revision found = revision(find(caller, arn), revision);
        return new DescribeConfigurationRevisionResult(arn, found.creationTime(), found.description(),
                found.revision(), found.serverProperties().clone());
    }

    ListConfigurationsResult list(Caller caller, ListConfigurationsRequest request) {
        List<Entry> owned = byArn.values().stream().filter(entry -> owned(caller, entry))
                .sorted(Comparator.comparing(entry -> entry.arn)).toList();
        Page<Entry> page = Pages.page(owned, entry -> entry.arn, request.maxResults(), request.nextToken());
        return new ListConfigurationsResult(page.items().stream().map(Configurations::view).toList(),
                page.nextToken());
    }

    ListConfigurationRevisionsResult listRevisions(Caller caller, ListConfigurationRevisionsRequest request) {
        Entry entry = find(caller, request.arn());
        List<Revision> revisions;
        synchronized (entry) {
            revisions = List.copyOf(entry.revisions);
        }
        Page<Revision> page = Pages.page(revisions, revision -> String.format("%019d", revision.revision()),
                request.maxResults(), request.nextToken());
        return new ListConfigurationRevisionsResult(page.nextToken(),
                page.items().stream().map(Revision::view).toList());
    }

    UpdateConfigurationResult update(Caller caller, UpdateConfigurationRequest request) {
        Entry entry = find(caller, request.arn());
        Checks.required(request.serverProperties(), "serverProperties");
        ServerProperties.parse(request.serverProperties());
        Revision made;
        synchronized (entry) {
            made = new Revision(entry.revisions.size() + 1L, clock.now(), request.description(),
                    request.serverProperties().clone());
            entry.revisions.add(made);
            entry.description = request.description();
        }
        changed.accept(entry);
        return new UpdateConfigurationResult(entry.arn, made.view());
    }

    /** Removes a configuration no cluster uses; {@code inUse} says whether one does. */
    synchronized Entry delete(Caller caller, String arn, boolean inUse) {
        Entry entry = find(caller, arn);
        if (inUse) {
            throw KafkaError.BAD_REQUEST.exception("The configuration " + arn + " is in use by one or more"
                    + " clusters. Update those clusters to another configuration first.", "arn");
        }
        byArn.remove(arn);
        changed.accept(entry);
        return entry;
    }

    /** The properties a cluster's {@code ConfigurationInfo} names; checks that the configuration and revision exist. */
    Map<String, String> properties(Caller caller, ConfigurationInfo info) {
        if (info == null) {
            return Map.of();
        }
        Checks.required(info.arn(), "configurationInfo.arn");
        Checks.required(info.revision(), "configurationInfo.revision");
        Entry entry = byArn.get(info.arn());
        if (entry == null || !owned(caller, entry)) {
            throw KafkaError.BAD_REQUEST.exception("The configuration " + info.arn() + " does not exist.",
                    "configurationInfo");
        }
        return ServerProperties.parse(revision(entry, info.revision()).serverProperties());
    }

    /** The properties of a revision a cluster uses; a configuration deleted meanwhile contributes none. */
    Map<String, String> propertiesOf(ConfigurationInfo info) {
        Entry entry = byArn.get(info.arn());
        Revision revision = entry == null ? null : entry.revision(info.revision());
        return revision == null ? Map.of() : ServerProperties.parse(revision.serverProperties());
    }

    Entry get(String arn) {
        return byArn.get(arn);
    }

    List<Entry> all() {
        return List.copyOf(byArn.values());
    }

    void add(Entry entry) {
        byArn.put(entry.arn, entry);
    }

    void removeIf(java.util.function.Predicate<Entry> condition) {
        byArn.values().removeIf(condition);
    }

    private Entry find(Caller caller, String arn) {
        Checks.required(arn, "arn");
        Entry entry = byArn.get(arn);
        if (entry == null || !owned(caller, entry)) {
            throw KafkaError.NOT_FOUND.exception("The configuration " + arn + " does not exist.", "arn");
        }
        return entry;
    }

    private static Revision revision(Entry entry, long number) {
        Revision revision = entry.revision(number);
        if (revision == null) {
            throw KafkaError.NOT_FOUND.exception("The configuration " + entry.arn + " has no revision " + number
                    + ".", "revision");
        }
        return revision;
    }

    private static boolean owned(Caller caller, Entry entry) {
        return entry.accountId.equals(caller.accountId()) && entry.region.equals(caller.region());
    }

    private static Configuration view(Entry entry) {
        synchronized (entry) {
            return new Configuration(entry.arn, entry.creationTime, entry.description, entry.kafkaVersions,
                    entry.latest().view(), entry.name, "ACTIVE");
        }
    }
}
