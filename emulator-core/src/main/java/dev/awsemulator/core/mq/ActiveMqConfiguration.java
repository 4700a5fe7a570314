package dev.awsemulator.core.mq;

import dev.awsemulator.core.mq.api.SanitizationWarning;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An ActiveMQ configuration as Amazon MQ takes it: well-formed XML whose root is the {@code broker}
 * element of ActiveMQ's namespace, sanitized to the elements and attributes Amazon MQ permits (its
 * "Amazon MQ broker configuration parameters"); what is not permitted is removed, and each removal is
 * reported as a {@link SanitizationWarning}. Attributes are checked for the elements whose permitted list
 * matters most (the broker, policy and authorization entries, the store and network connectors); other
 * permitted elements keep theirs. Parsing resolves no DTD and no external entity.
 */
final class ActiveMqConfiguration {

    static final String NAMESPACE = "http://activemq.apache.org/schema/core";

    /** The revision 1 of a new ActiveMQ configuration, and of the one made for a broker that names none. */
    static final String DEFAULT = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <broker xmlns="http://activemq.apache.org/schema/core">
              <!--
                The settings of an ActiveMQ broker, as in ActiveMQ's activemq.xml. Amazon MQ permits a subset
                of its elements and attributes; a new revision takes effect when the broker reboots.
              -->
              <destinationPolicy>
                <policyMap>
                  <policyEntries>
                    <policyEntry topic="&gt;">
                      <pendingMessageLimitStrategy>
                        <constantPendingMessageLimitStrategy limit="3000"/>
                      </pendingMessageLimitStrategy>
                    </policyEntry>
                  </policyEntries>
                </policyMap>
              </destinationPolicy>
              <plugins>
              </plugins>
            </broker>
            """;

    /** The elements Amazon MQ permits, with the collection elements that hold them. */
    private static final Set<String> ELEMENTS = Set.of(
            "abortSlowAckConsumerStrategy", "abortSlowConsumerStrategy", "authorizationEntry", "authorizationMap",
            "authorizationPlugin", "broker", "cachedMessageGroupMapFactory", "compositeQueue", "compositeTopic",
            "constantPendingMessageLimitStrategy", "discarding", "discardingDLQBrokerPlugin", "fileCursor",
            "fileDurableSubscriberCursor", "fileQueueCursor", "filteredDestination",
            "fixedCountSubscriptionRecoveryPolicy", "fixedSizedSubscriptionRecoveryPolicy",
            "forcePersistencyModeBrokerPlugin", "individualDeadLetterStrategy", "lastImageSubscriptionRecoveryPolicy",
            "messageGroupHashBucketFactory", "mirroredQueue", "noSubscriptionRecoveryPolicy",
            "oldestMessageEvictionStrategy", "oldestMessageWithLowestPriorityEvictionStrategy", "policyEntry",
            "policyMap", "prefetchRatePendingMessageLimitStrategy", "priorityDispatchPolicy",
            "priorityNetworkDispatchPolicy", "queryBasedSubscriptionRecoveryPolicy", "queue", "redeliveryPlugin",
            "redeliveryPolicy", "redeliveryPolicyMap", "retainedMessageSubscriptionRecoveryPolicy",
            "roundRobinDispatchPolicy", "sharedDeadLetterStrategy", "simpleDispatchPolicy",
            "simpleMessageGroupMapFactory", "statisticsBrokerPlugin", "storeCursor", "storeDurableSubscriberCursor",
            "strictOrderDispatchPolicy", "tempDestinationAuthorizationEntry", "tempQueue", "tempTopic",
            "timedSubscriptionRecoveryPolicy", "timeStampingBrokerPlugin", "topic",
            "uniquePropertyMessageEvictionStrategy", "virtualDestinationInterceptor", "virtualTopic", "vmCursor",
            "vmDurableCursor", "vmQueueCursor", "kahaDB", "networkConnector", "systemUsage", "memoryUsage",
            "storeUsage", "tempUsage",
            // collection elements
            "authorizationEntries", "defaultEntry", "map", "destinationInterceptors", "destinationPolicy",
            "destinations", "networkConnectors", "persistenceAdapter", "plugins", "policyEntries", "forwardTo",
            "deadLetterStrategy", "destination", "dispatchPolicy", "messageEvictionStrategy",
            "messageGroupMapFactory", "pendingDurableSubscriberPolicy", "pendingMessageLimitStrategy",
            "pendingQueuePolicy", "pendingSubscriberPolicy", "slowConsumerStrategy", "subscriptionRecoveryPolicy",
            "redeliveryPolicyEntries", "virtualDestinations", "excludedDestinations", "dynamicallyIncludedDestinations",
            "staticallyIncludedDestinations", "wrapped", "transportConnector", "defaultDeliveryPolicy");

    /** Attributes permitted per element, for the elements whose list is checked. */
    private static final Map<String, Set<String>> ATTRIBUTES = Map.of(
            "broker", Set.of("advisorySupport", "allowTempAutoCreationOnSend", "cacheTempDestinations",
                    "consumerSystemUsagePortion", "dedicatedTaskRunner", "deleteAllMessagesOnStartup",
                    "keepDurableSubsActive", "enableMessageExpirationOnActiveDurableSubs",
                    "maxPurgedDestinationsPerSweep", "maxSchedulerRepeatAllowed", "monitorConnectionSplits",
                    "networkConnectorStartAsync", "offlineDurableSubscriberTaskSchedule",
                    "offlineDurableSubscriberTimeout", "persistenceThreadPriority", "persistent", "populateJMSXUserID",
                    "producerSystemUsagePortion", "rejectDurableConsumers", "rollbackOnlyOnAsyncException",
                    "schedulePeriodForDestinationPurge", "schedulerSupport", "splitSystemUsageForProducersConsumers",
                    "taskRunnerPriority", "timeBeforePurgeTempDestinations", "useAuthenticatedPrincipalForJMSXUserID",
                    "useMirroredQueues", "useTempMirroredQueues", "useVirtualDestSubs",
                    "useVirtualDestSubsOnCreation", "xmlns"),
            "authorizationEntry", Set.of("admin", "queue", "read", "tempQueue", "tempTopic", "topic", "write"),
            "tempDestinationAuthorizationEntry", Set.of("admin", "queue", "read", "tempQueue", "tempTopic", "topic",
                    "write"),
            "policyEntry", Set.of("advisoryForConsumed", "advisoryForDelivery", "advisoryForDiscardingMessages",
                    "advisoryForFastProducers", "advisoryForSlowConsumers", "advisoryWhenFull",
                    "allConsumersExclusiveByDefault", "alwaysRetroactive", "blockedProducerWarningInterval",
                    "consumersBeforeDispatchStarts", "cursorMemoryHighWaterMark", "doOptimzeMessageStorage",
                    "durableTopicPrefetch", "enableAudit", "expireMessagesPeriod", "gcInactiveDestinations",
                    "gcWithNetworkConsumers", "inactiveTimeoutBeforeGC", "inactiveTimoutBeforeGC", "includeBodyForAdvisory",
                    "lazyDispatch", "maxAuditDepth", "maxBrowsePageSize", "maxDestinations", "maxExpirePageSize",
                    "maxPageSize", "maxProducersToAudit", "maxQueueAuditDepth", "memoryLimit",
                    "messageGroupMapFactoryType", "optimizedDispatch", "optimizeMessageStoreInFlightLimit",
                    "persistJMSRedelivered", "prioritizedMessages", "producerFlowControl", "queue", "queueBrowserPrefetch",
                    "queuePrefetch", "reduceMemoryFootprint", "sendAdvisoryIfNoConsumers", "sendFailIfNoSpace",
                    "sendFailIfNoSpaceAfterTimeout", "storeUsageHighWaterMark", "strictOrderDispatch", "tempQueue",
                    "tempTopic", "timeBeforeDispatchStarts", "topic", "topicPrefetch", "useCache",
                    "useConsumerPriority", "usePrefetchExtension"),
            "kahaDB", Set.of("concurrentStoreAndDispatchQueues", "cleanupOnStop", "journalDiskSyncStrategy",
                    "preallocationStrategy"),
            "networkConnector", Set.of("conduitSubscriptions", "consumerTTL", "decreaseNetworkConsumerPriority",
                    "duplex", "dynamicOnly", "messageTTL", "name", "networkTTL", "uri", "userName"));

    private final String xml;
    private final List<SanitizationWarning> warnings;

    private ActiveMqConfiguration(String xml, List<SanitizationWarning> warnings) {
        this.xml = xml;
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Parses and sanitizes {@code xml}.
     *
     * @throws dev.awsemulator.core.common.AwsException BadRequestException when it is not well-formed XML or
     *                                                  its root is not ActiveMQ's {@code broker}
     */
    static ActiveMqConfiguration sanitize(String xml) {
        Document document = parse(xml);
        Element root = document.getDocumentElement();
        if (!"broker".equals(root.getLocalName()) || !NAMESPACE.equals(root.getNamespaceURI())) {
            throw MqError.BAD_REQUEST.exception("data", "The configuration's root element must be <broker xmlns=\""
                    + NAMESPACE + "\">.");
        }
        List<SanitizationWarning> warnings = new ArrayList<>();
        sanitize(root, warnings);
        return new ActiveMqConfiguration(warnings.isEmpty() ? xml : write(document), warnings);
    }

    /** The configuration text as it will be kept: the input itself when nothing was removed. */
    String xml() {
        return xml;
    }

    List<SanitizationWarning> warnings() {
        return warnings;
    }

    private static void sanitize(Element element, List<SanitizationWarning> warnings) {
        Set<String> permitted = ATTRIBUTES.get(element.getLocalName());
        if (permitted != null) {
            NamedNodeMap attributes = element.getAttributes();
            for (int i = attributes.getLength() - 1; i >= 0; i--) {
                Node attribute = attributes.item(i);
                String name = attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getNodeName();
                if (!permitted.contains(name) && !XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
                    warnings.add(new SanitizationWarning(name, element.getLocalName(), "DISALLOWED_ATTRIBUTE_REMOVED"));
                    element.removeAttributeNode((org.w3c.dom.Attr) attribute);
                }
            }
        }
        for (Node child = element.getFirstChild(); child != null; ) {
            Node next = child.getNextSibling();
            if (child instanceof Element nested) {
                if (ELEMENTS.contains(nested.getLocalName()) && NAMESPACE.equals(nested.getNamespaceURI())) {
                    sanitize(nested, warnings);
                } else {
                    warnings.add(new SanitizationWarning(null, nested.getLocalName(), "DISALLOWED_ELEMENT_REMOVED"));
                    element.removeChild(nested);
                }
            }
            child = next;
        }
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            throw MqError.BAD_REQUEST.exception("data", "The configuration is not well-formed XML: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's parser supports secure processing", e);
        }
    }

    private static String write(Document document) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.STANDALONE, "yes");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("could not write a sanitized configuration", e);
        }
    }
}
