package dev.awsemulator.spring.orders;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.metadata.SimpleMetadataStore;
import org.springframework.integration.support.locks.DefaultLockRegistry;

/**
 * Where the Kinesis binder keeps its shard checkpoints and shard locks. Its default is two DynamoDB tables, which
 * several instances of a service share; this application runs as one instance and keeps them in memory.
 */
@Configuration(proxyBeanMethods = false)
public class KinesisCheckpoints {

    @Bean
    public SimpleMetadataStore kinesisCheckpointStore() {
        return new SimpleMetadataStore();
    }

    @Bean
    public DefaultLockRegistry kinesisLockRegistry() {
        return new DefaultLockRegistry();
    }
}
