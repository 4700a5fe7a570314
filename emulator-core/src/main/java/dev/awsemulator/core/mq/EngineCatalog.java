package dev.awsemulator.core.mq;

import dev.awsemulator.core.mq.api.AvailabilityZone;
import dev.awsemulator.core.mq.api.BrokerEngineType;
import dev.awsemulator.core.mq.api.BrokerInstanceOption;
import dev.awsemulator.core.mq.api.EngineVersion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The engines, versions, instance types, storage types and deployment modes Amazon MQ offers, as its
 * {@code DescribeBrokerEngineTypes} and {@code DescribeBrokerInstanceOptions} list them; creation and
 * updates are checked against them.
 */
final class EngineCatalog {

    static final String SINGLE_INSTANCE = "SINGLE_INSTANCE";
    static final String ACTIVE_STANDBY_MULTI_AZ = "ACTIVE_STANDBY_MULTI_AZ";
    static final String CLUSTER_MULTI_AZ = "CLUSTER_MULTI_AZ";
    static final String EBS = "EBS";
    static final String EFS = "EFS";

    /** Newest first; the first is what a broker without {@code EngineVersion} runs. */
    private static final Map<EngineType, List<String>> VERSIONS = Map.of(
            EngineType.ACTIVEMQ, List.of("5.19", "5.18"),
            EngineType.RABBITMQ, List.of("4.2", "3.13"));

    private static final List<String> ACTIVEMQ_INSTANCES = List.of("mq.t2.micro", "mq.t3.micro", "mq.m5.large",
            "mq.m5.xlarge", "mq.m5.2xlarge", "mq.m5.4xlarge");
    private static final List<String> RABBITMQ_INSTANCES = List.of("mq.t3.micro", "mq.m5.large", "mq.m5.xlarge",
            "mq.m5.2xlarge", "mq.m5.4xlarge", "mq.m7g.medium", "mq.m7g.large", "mq.m7g.xlarge", "mq.m7g.2xlarge",
            "mq.m7g.4xlarge", "mq.m7g.8xlarge", "mq.m7g.12xlarge", "mq.m7g.16xlarge");

    private EngineCatalog() {
    }

    static List<String> versions(EngineType engine) {
        return VERSIONS.get(engine);
    }

    static String defaultVersion(EngineType engine) {
        return VERSIONS.get(engine).get(0);
    }

    static List<String> instanceTypes(EngineType engine) {
        return engine == EngineType.ACTIVEMQ ? ACTIVEMQ_INSTANCES : RABBITMQ_INSTANCES;
    }

    /** Micro brokers run as one instance; larger ones also in the engine's multi-AZ mode. */
    static List<String> deploymentModes(EngineType engine, String instanceType) {
        if (instanceType.endsWith(".micro") || instanceType.equals("mq.m7g.medium")) {
            return List.of(SINGLE_INSTANCE);
        }
        return List.of(SINGLE_INSTANCE, engine == EngineType.ACTIVEMQ ? ACTIVE_STANDBY_MULTI_AZ : CLUSTER_MULTI_AZ);
    }

    /** ActiveMQ's larger instances store on EBS or EFS, its micro ones on EFS; RabbitMQ on EBS. */
    static List<String> storageTypes(EngineType engine, String instanceType) {
        if (engine == EngineType.RABBITMQ) {
            return List.of(EBS);
        }
        return instanceType.startsWith("mq.m5.") ? List.of(EBS, EFS) : List.of(EFS);
    }

    /** The storage a broker gets when it names none. */
    static String defaultStorageType(EngineType engine, String instanceType) {
        List<String> types = storageTypes(engine, instanceType);
        return types.contains(EFS) ? EFS : types.get(0);
    }

    static List<BrokerEngineType> engineTypes() {
        List<BrokerEngineType> types = new ArrayList<>();
        for (EngineType engine : EngineType.values()) {
            types.add(new BrokerEngineType(engine.name(), versions(engine).stream().map(EngineVersion::new).toList()));
        }
        return types;
    }

    static List<BrokerInstanceOption> instanceOptions(String region) {
        List<AvailabilityZone> zones = List.of("a", "b", "c").stream()
                .map(zone -> new AvailabilityZone(region + zone)).toList();
        List<BrokerInstanceOption> options = new ArrayList<>();
        for (EngineType engine : EngineType.values()) {
            for (String instanceType : instanceTypes(engine)) {
                for (String storageType : storageTypes(engine, instanceType)) {
                    options.add(new BrokerInstanceOption(zones, engine.name(), instanceType, storageType,
                            deploymentModes(engine, instanceType), versions(engine)));
                }
            }
        }
        return options;
    }
}
