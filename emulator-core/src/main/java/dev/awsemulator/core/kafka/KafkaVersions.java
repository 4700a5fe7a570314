package dev.awsemulator.core.kafka;

import dev.awsemulator.core.common.Page;
import dev.awsemulator.core.kafka.api.CompatibleKafkaVersion;
import dev.awsemulator.core.kafka.api.KafkaVersion;
import dev.awsemulator.core.kafka.api.ListKafkaVersionsRequest;
import dev.awsemulator.core.kafka.api.ListKafkaVersionsResult;

import java.util.ArrayList;
import java.util.List;

/**
 * The Apache Kafka versions MSK offers for clusters and configurations, and which a cluster may be upgraded
 * to: a later version of the same metadata mode (ZooKeeper or KRaft). A cluster reports the version it was
 * asked for; the brokers serving it run the one version the runtime carries, which the README names.
 */
final class KafkaVersions {

    private static final List<String> DEPRECATED = List.of("1.1.1", "2.1.0", "2.2.1", "2.3.1", "2.4.1", "2.4.1.1",
            "2.5.1");
    private static final List<String> ACTIVE = List.of("2.6.0", "2.6.1", "2.6.2", "2.6.3", "2.7.0", "2.7.1", "2.7.2",
            "2.8.0", "2.8.1", "2.8.2.tiered", "3.1.1", "3.2.0", "3.3.1", "3.3.2", "3.4.0", "3.5.1", "3.6.0", "3.7.x",
            "3.7.x.kraft", "3.8.x", "3.8.x.kraft", "3.9.x", "3.9.x.kraft", "4.0.x.kraft", "4.1.x.kraft");
    private static final List<String> ALL = all();

    private KafkaVersions() {
    }

    private static List<String> all() {
        List<String> all = new ArrayList<>(DEPRECATED);
        all.addAll(ACTIVE);
        return List.copyOf(all);
    }

    static void check(String version, String member) {
        if (!ALL.contains(version)) {
            throw KafkaError.BAD_REQUEST.exception("The Apache Kafka version " + version + " is not supported."
                    + " Use ListKafkaVersions to see the versions you can use.", member);
        }
    }

    static ListKafkaVersionsResult list(ListKafkaVersionsRequest request) {
        Page<String> page = Pages.page(ALL, version -> String.format("%03d", ALL.indexOf(version)),
                request.maxResults(), request.nextToken());
        return new ListKafkaVersionsResult(page.items().stream()
                .map(version -> new KafkaVersion(version, DEPRECATED.contains(version) ? "DEPRECATED" : "ACTIVE"))
                .toList(), page.nextToken());
    }

    /** The versions a cluster of {@code version} can move to; every version's, when {@code version} is null. */
    static List<CompatibleKafkaVersion> compatible(String version) {
        List<String> sources = version == null ? ALL : List.of(version);
        return sources.stream().map(source -> new CompatibleKafkaVersion(source, ALL.stream()
                .filter(target -> ALL.indexOf(target) > ALL.indexOf(source) && kraft(target) == kraft(source)
                        && !DEPRECATED.contains(target))
                .toList())).toList();
    }

    static boolean compatible(String from, String to) {
        return compatible(from).get(0).targetVersions().contains(to);
    }

    /** KRaft-mode versions: those named {@code .kraft}, and every version from 4.0, which has no ZooKeeper. */
    static boolean kraft(String version) {
        return version.endsWith(".kraft") || version.startsWith("4.");
    }
}
