package dev.awsemulator.mq.activemq;

import org.apache.activemq.broker.BrokerPlugin;
import org.apache.activemq.broker.BrokerService;
import org.apache.activemq.broker.region.DestinationInterceptor;
import org.apache.activemq.broker.region.policy.ConstantPendingMessageLimitStrategy;
import org.apache.activemq.broker.region.policy.DeadLetterStrategy;
import org.apache.activemq.broker.region.policy.DiscardingDeadLetterStrategy;
import org.apache.activemq.broker.region.policy.IndividualDeadLetterStrategy;
import org.apache.activemq.broker.region.policy.PolicyEntry;
import org.apache.activemq.broker.region.policy.PolicyMap;
import org.apache.activemq.broker.region.policy.SharedDeadLetterStrategy;
import org.apache.activemq.broker.region.virtual.CompositeDestination;
import org.apache.activemq.broker.region.virtual.CompositeQueue;
import org.apache.activemq.broker.region.virtual.CompositeTopic;
import org.apache.activemq.broker.region.virtual.VirtualDestination;
import org.apache.activemq.broker.region.virtual.VirtualDestinationInterceptor;
import org.apache.activemq.broker.region.virtual.VirtualTopic;
import org.apache.activemq.broker.util.TimeStampingBrokerPlugin;
import org.apache.activemq.command.ActiveMQDestination;
import org.apache.activemq.command.ActiveMQQueue;
import org.apache.activemq.command.ActiveMQTopic;
import org.apache.activemq.filter.DestinationMapEntry;
import org.apache.activemq.plugin.DiscardingDLQBrokerPlugin;
import org.apache.activemq.plugin.ForcePersistencyModeBrokerPlugin;
import org.apache.activemq.plugin.StatisticsBrokerPlugin;
import org.apache.activemq.security.AuthorizationEntry;
import org.apache.activemq.security.AuthorizationPlugin;
import org.apache.activemq.security.DefaultAuthorizationMap;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Applies an Amazon MQ configuration (already sanitized by the control plane) to a broker before it
 * starts, as ActiveMQ's own XML loader would: the {@code broker} element's attributes, pre-created
 * {@code destinations}, the {@code destinationPolicy} (policy entries with their dead-letter and pending
 * message limit strategies), virtual destinations (virtual topics, composite queues and topics) and the
 * plugins Amazon MQ permits that ActiveMQ can run without its Spring loader: authorization by group,
 * time-stamping, discarding dead letters, forced persistence mode and statistics. Elements Amazon MQ
 * permits that are not listed here are kept in the configuration and not applied (the README lists them).
 */
final class ConfigurationMapper {

    private ConfigurationMapper() {
    }

    /** Sets up {@code broker} from {@code xml}; returns the plugins it declares. */
    static List<BrokerPlugin> apply(String xml, BrokerService broker) throws Exception {
        Element root = parse(xml).getDocumentElement();
        brokerAttributes(root, broker);
        List<ActiveMQDestination> destinations = new ArrayList<>();
        child(root, "destinations").ifPresent(list -> children(list).forEach(destination ->
                destination(destination, "physicalName").ifPresent(destinations::add)));
        if (!destinations.isEmpty()) {
            broker.setDestinations(destinations.toArray(ActiveMQDestination[]::new));
        }
        child(root, "destinationPolicy").flatMap(policy -> child(policy, "policyMap"))
                .flatMap(map -> child(map, "policyEntries"))
                .ifPresent(entries -> broker.setDestinationPolicy(policyMap(entries)));
        List<VirtualDestination> virtuals = new ArrayList<>();
        child(root, "destinationInterceptors").flatMap(interceptors -> child(interceptors,
                "virtualDestinationInterceptor")).flatMap(interceptor -> child(interceptor, "virtualDestinations"))
                .ifPresent(list -> children(list).forEach(virtual -> virtual(virtual).ifPresent(virtuals::add)));
        if (!virtuals.isEmpty()) {
            VirtualDestinationInterceptor interceptor = new VirtualDestinationInterceptor();
            interceptor.setVirtualDestinations(virtuals.toArray(VirtualDestination[]::new));
            broker.setDestinationInterceptors(new DestinationInterceptor[] {interceptor});
        }
        List<BrokerPlugin> plugins = new ArrayList<>();
        Optional<Element> declared = child(root, "plugins");
        if (declared.isPresent()) {
            for (Element plugin : children(declared.get())) {
                plugin(plugin).ifPresent(plugins::add);
            }
        }
        return plugins;
    }

    private static void brokerAttributes(Element root, BrokerService broker) {
        bool(root, "schedulerSupport").ifPresent(broker::setSchedulerSupport);
        bool(root, "advisorySupport").ifPresent(broker::setAdvisorySupport);
        bool(root, "persistent").filter(persistent -> !persistent).ifPresent(broker::setPersistent);
        bool(root, "populateJMSXUserID").ifPresent(broker::setPopulateJMSXUserID);
        bool(root, "useAuthenticatedPrincipalForJMSXUserID")
                .ifPresent(broker::setUseAuthenticatedPrincipalForJMSXUserID);
        bool(root, "keepDurableSubsActive").ifPresent(broker::setKeepDurableSubsActive);
        bool(root, "allowTempAutoCreationOnSend").ifPresent(broker::setAllowTempAutoCreationOnSend);
        bool(root, "cacheTempDestinations").ifPresent(broker::setCacheTempDestinations);
        bool(root, "deleteAllMessagesOnStartup").ifPresent(broker::setDeleteAllMessagesOnStartup);
        bool(root, "useMirroredQueues").ifPresent(broker::setUseMirroredQueues);
        bool(root, "useVirtualDestSubs").ifPresent(broker::setUseVirtualDestSubs);
        bool(root, "rejectDurableConsumers").ifPresent(broker::setRejectDurableConsumers);
        number(root, "offlineDurableSubscriberTimeout").ifPresent(broker::setOfflineDurableSubscriberTimeout);
        number(root, "offlineDurableSubscriberTaskSchedule").ifPresent(broker::setOfflineDurableSubscriberTaskSchedule);
        integer(root, "schedulePeriodForDestinationPurge").ifPresent(broker::setSchedulePeriodForDestinationPurge);
        integer(root, "maxPurgedDestinationsPerSweep").ifPresent(broker::setMaxPurgedDestinationsPerSweep);
        integer(root, "timeBeforePurgeTempDestinations").ifPresent(broker::setTimeBeforePurgeTempDestinations);
    }

    private static PolicyMap policyMap(Element entries) {
        List<PolicyEntry> policies = new ArrayList<>();
        for (Element element : children(entries)) {
            if (!element.getLocalName().equals("policyEntry")) {
                continue;
            }
            PolicyEntry entry = new PolicyEntry();
            if (!named(element, entry)) {
                continue;
            }
            bool(element, "gcInactiveDestinations").ifPresent(entry::setGcInactiveDestinations);
            number(element, "inactiveTimoutBeforeGC").ifPresent(entry::setInactiveTimeoutBeforeGC);
            number(element, "inactiveTimeoutBeforeGC").ifPresent(entry::setInactiveTimeoutBeforeGC);
            bool(element, "producerFlowControl").ifPresent(entry::setProducerFlowControl);
            bytes(element, "memoryLimit").ifPresent(entry::setMemoryLimit);
            integer(element, "queuePrefetch").ifPresent(entry::setQueuePrefetch);
            integer(element, "topicPrefetch").ifPresent(entry::setTopicPrefetch);
            integer(element, "durableTopicPrefetch").ifPresent(entry::setDurableTopicPrefetch);
            integer(element, "maxPageSize").ifPresent(entry::setMaxPageSize);
            number(element, "expireMessagesPeriod").ifPresent(entry::setExpireMessagesPeriod);
            bool(element, "prioritizedMessages").ifPresent(entry::setPrioritizedMessages);
            bool(element, "useCache").ifPresent(entry::setUseCache);
            bool(element, "optimizedDispatch").ifPresent(entry::setOptimizedDispatch);
            bool(element, "lazyDispatch").ifPresent(entry::setLazyDispatch);
            bool(element, "strictOrderDispatch").ifPresent(entry::setStrictOrderDispatch);
            bool(element, "advisoryForConsumed").ifPresent(entry::setAdvisoryForConsumed);
            bool(element, "advisoryForDelivery").ifPresent(entry::setAdvisoryForDelivery);
            bool(element, "sendAdvisoryIfNoConsumers").ifPresent(entry::setSendAdvisoryIfNoConsumers);
            bool(element, "persistJMSRedelivered").ifPresent(entry::setPersistJMSRedelivered);
            child(element, "deadLetterStrategy").flatMap(ConfigurationMapper::first)
                    .flatMap(ConfigurationMapper::deadLetterStrategy).ifPresent(entry::setDeadLetterStrategy);
            child(element, "pendingMessageLimitStrategy").flatMap(ConfigurationMapper::first)
                    .filter(strategy -> strategy.getLocalName().equals("constantPendingMessageLimitStrategy"))
                    .ifPresent(strategy -> {
                        ConstantPendingMessageLimitStrategy limit = new ConstantPendingMessageLimitStrategy();
                        integer(strategy, "limit").ifPresent(limit::setLimit);
                        entry.setPendingMessageLimitStrategy(limit);
                    });
            policies.add(entry);
        }
        PolicyMap map = new PolicyMap();
        map.setPolicyEntries(new ArrayList<>(policies));
        return map;
    }

    private static Optional<DeadLetterStrategy> deadLetterStrategy(Element element) {
        DeadLetterStrategy strategy;
        switch (element.getLocalName()) {
            case "individualDeadLetterStrategy" -> {
                IndividualDeadLetterStrategy individual = new IndividualDeadLetterStrategy();
                text(element, "queuePrefix").ifPresent(individual::setQueuePrefix);
                text(element, "topicPrefix").ifPresent(individual::setTopicPrefix);
                text(element, "queueSuffix").ifPresent(individual::setQueueSuffix);
                text(element, "topicSuffix").ifPresent(individual::setTopicSuffix);
                bool(element, "useQueueForQueueMessages").ifPresent(individual::setUseQueueForQueueMessages);
                bool(element, "useQueueForTopicMessages").ifPresent(individual::setUseQueueForTopicMessages);
                strategy = individual;
            }
            case "sharedDeadLetterStrategy" -> strategy = new SharedDeadLetterStrategy();
            case "discarding" -> strategy = new DiscardingDeadLetterStrategy();
            default -> {
                return Optional.empty();
            }
        }
        bool(element, "processExpired").ifPresent(strategy::setProcessExpired);
        bool(element, "processNonPersistent").ifPresent(strategy::setProcessNonPersistent);
        return Optional.of(strategy);
    }

    private static Optional<VirtualDestination> virtual(Element element) {
        switch (element.getLocalName()) {
            case "virtualTopic" -> {
                VirtualTopic topic = new VirtualTopic();
                text(element, "name").ifPresent(topic::setName);
                text(element, "prefix").ifPresent(topic::setPrefix);
                text(element, "postfix").ifPresent(topic::setPostfix);
                bool(element, "selectorAware").ifPresent(topic::setSelectorAware);
                return Optional.of(topic);
            }
            case "compositeQueue", "compositeTopic" -> {
                CompositeDestination composite = element.getLocalName().equals("compositeQueue") ? new CompositeQueue()
                        : new CompositeTopic();
                text(element, "name").ifPresent(composite::setName);
                bool(element, "forwardOnly").ifPresent(composite::setForwardOnly);
                List<ActiveMQDestination> targets = new ArrayList<>();
                child(element, "forwardTo").ifPresent(forward -> children(forward).forEach(target ->
                        destination(target, "physicalName").ifPresent(targets::add)));
                composite.setForwardTo(new ArrayList<>(targets));
                return Optional.of(composite);
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private static Optional<BrokerPlugin> plugin(Element element) throws Exception {
        switch (element.getLocalName()) {
            case "authorizationPlugin" -> {
                Optional<Element> entries = child(element, "map").flatMap(map -> child(map, "authorizationMap"))
                        .flatMap(map -> child(map, "authorizationEntries"));
                List<AuthorizationEntry> authorizations = new ArrayList<>();
                if (entries.isPresent()) {
                    for (Element entry : children(entries.get())) {
                        AuthorizationEntry authorization = new AuthorizationEntry();
                        if (!named(entry, authorization)) {
                            continue;
                        }
                        // ActiveMQ lets in a client that needs a right nobody listed only if it has it; empty means none
                        authorization.setRead(entry.getAttribute("read"));
                        authorization.setWrite(entry.getAttribute("write"));
                        authorization.setAdmin(entry.getAttribute("admin"));
                        authorizations.add(authorization);
                    }
                }
                return Optional.of(new AuthorizationPlugin(authorizationMap(authorizations)));
            }
            case "timeStampingBrokerPlugin" -> {
                TimeStampingBrokerPlugin plugin = new TimeStampingBrokerPlugin();
                number(element, "zeroExpirationOverride").ifPresent(plugin::setZeroExpirationOverride);
                number(element, "ttlCeiling").ifPresent(plugin::setTtlCeiling);
                bool(element, "futureOnly").ifPresent(plugin::setFutureOnly);
                return Optional.of(plugin);
            }
            case "discardingDLQBrokerPlugin" -> {
                DiscardingDLQBrokerPlugin plugin = new DiscardingDLQBrokerPlugin();
                bool(element, "dropAll").ifPresent(plugin::setDropAll);
                bool(element, "dropTemporaryQueues").ifPresent(plugin::setDropTemporaryQueues);
                bool(element, "dropTemporaryTopics").ifPresent(plugin::setDropTemporaryTopics);
                text(element, "dropOnly").ifPresent(plugin::setDropOnly);
                return Optional.of(plugin);
            }
            case "forcePersistencyModeBrokerPlugin" -> {
                ForcePersistencyModeBrokerPlugin plugin = new ForcePersistencyModeBrokerPlugin();
                bool(element, "persistenceFlag").ifPresent(plugin::setPersistenceFlag);
                return Optional.of(plugin);
            }
            case "statisticsBrokerPlugin" -> {
                return Optional.of(new StatisticsBrokerPlugin());
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /** ActiveMQ's authorization map takes a list of the raw type its entries extend. */
    @SuppressWarnings("rawtypes")
    private static DefaultAuthorizationMap authorizationMap(List<AuthorizationEntry> entries) {
        return new DefaultAuthorizationMap(new ArrayList<DestinationMapEntry>(entries));
    }

    /** Sets the queue or topic an entry is for; false when it names neither. */
    private static boolean named(Element element, DestinationMapEntry<?> entry) {
        if (element.hasAttribute("queue")) {
            entry.setQueue(element.getAttribute("queue"));
        } else if (element.hasAttribute("topic")) {
            entry.setTopic(element.getAttribute("topic"));
        } else {
            return false;
        }
        return true;
    }

    private static Optional<ActiveMQDestination> destination(Element element, String attribute) {
        String name = element.getAttribute(attribute);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return switch (element.getLocalName()) {
            case "queue" -> Optional.of(new ActiveMQQueue(name));
            case "topic" -> Optional.of(new ActiveMQTopic(name));
            default -> Optional.empty();
        };
    }

    private static Optional<Element> child(Element parent, String name) {
        return children(parent).stream().filter(child -> child.getLocalName().equals(name)).findFirst();
    }

    private static Optional<Element> first(Element parent) {
        return children(parent).stream().findFirst();
    }

    private static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    private static Optional<String> text(Element element, String attribute) {
        return element.hasAttribute(attribute) ? Optional.of(element.getAttribute(attribute)) : Optional.empty();
    }

    private static Optional<Boolean> bool(Element element, String attribute) {
        return text(element, attribute).map(Boolean::parseBoolean);
    }

    private static Optional<Long> number(Element element, String attribute) {
        return text(element, attribute).map(String::strip).map(Long::parseLong);
    }

    private static Optional<Integer> integer(Element element, String attribute) {
        return text(element, attribute).map(String::strip).map(Integer::parseInt);
    }

    /** A size as ActiveMQ writes them: {@code 1048576}, {@code 64 kb}, {@code 1mb}, {@code 2 gb}. */
    private static Optional<Long> bytes(Element element, String attribute) {
        return text(element, attribute).map(value -> {
            String text = value.strip().toLowerCase(Locale.ROOT).replace(" ", "");
            long unit = text.endsWith("kb") ? 1L << 10 : text.endsWith("mb") ? 1L << 20 : text.endsWith("gb") ? 1L << 30 : 1;
            String digits = unit == 1 ? text : text.substring(0, text.length() - 2);
            return Long.parseLong(digits) * unit;
        });
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
