package dev.awsemulator.spring.orders;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.function.Consumer;

/** Reads the clicks stream through Spring Cloud Stream's Kinesis binder (binding {@code clicks-in-0}). */
@Configuration(proxyBeanMethods = false)
public class ClickConsumer {

    @Bean
    public Consumer<String> clicks(Processed processed) {
        return processed.clicks()::add;
    }
}
