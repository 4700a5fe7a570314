package dev.awsemulator.server.mq;

import dev.awsemulator.core.mq.MqService;
import dev.awsemulator.core.mq.api.BrokerRequest;
import dev.awsemulator.core.mq.api.ConfigurationRequest;
import dev.awsemulator.core.mq.api.CreateBrokerRequest;
import dev.awsemulator.core.mq.api.CreateConfigurationRequest;
import dev.awsemulator.core.mq.api.CreateTagsRequest;
import dev.awsemulator.core.mq.api.CreateUserRequest;
import dev.awsemulator.core.mq.api.DeleteTagsRequest;
import dev.awsemulator.core.mq.api.DescribeBrokerEngineTypesRequest;
import dev.awsemulator.core.mq.api.DescribeBrokerInstanceOptionsRequest;
import dev.awsemulator.core.mq.api.DescribeConfigurationRevisionRequest;
import dev.awsemulator.core.mq.api.ListBrokersRequest;
import dev.awsemulator.core.mq.api.ListConfigurationRevisionsRequest;
import dev.awsemulator.core.mq.api.ListConfigurationsRequest;
import dev.awsemulator.core.mq.api.ListTagsRequest;
import dev.awsemulator.core.mq.api.ListUsersRequest;
import dev.awsemulator.core.mq.api.PromoteRequest;
import dev.awsemulator.core.mq.api.UpdateBrokerRequest;
import dev.awsemulator.core.mq.api.UpdateConfigurationRequest;
import dev.awsemulator.core.mq.api.UpdateUserRequest;
import dev.awsemulator.core.mq.api.UserRequest;
import dev.awsemulator.server.api.HttpBinding;
import dev.awsemulator.server.api.Operation;
import dev.awsemulator.server.api.ServiceDefinition;
import dev.awsemulator.server.api.TimestampFormat;
import dev.awsemulator.server.api.WireNames;

import java.util.List;

/**
 * Amazon MQ's operation table: REST-JSON, every route of the 2017-11-27 model with its path labels,
 * query strings and success statuses; members and errors in lower camel case, timestamps in ISO 8601.
 */
final class MqApi {

    private static final String BROKER = "/v1/brokers/{broker-id}";
    private static final String USER = BROKER + "/users/{username}";
    private static final String CONFIGURATION = "/v1/configurations/{configuration-id}";
    private static final String TAGS = "/v1/tags/{resource-arn}";

    /** A constant, so that every emulator of a JVM shares the codecs made of it ({@link WireNames#derived}). */
    private static final WireNames WIRE_NAMES = WireNames.lowerCamel().timestamps(TimestampFormat.ISO_8601);

    private MqApi() {
    }

    static ServiceDefinition definition(MqService mq) {
        return ServiceDefinition.builder("mq")
                .wireNames(WIRE_NAMES)
                .operations(() -> List.of(
                        Operation.of("CreateBroker", CreateBrokerRequest.class, mq::createBroker)
                                .at(HttpBinding.post("/v1/brokers")),
                        Operation.of("DescribeBroker", BrokerRequest.class, mq::describeBroker)
                                .at(broker(HttpBinding.get(BROKER))),
                        Operation.of("ListBrokers", ListBrokersRequest.class, mq::listBrokers)
                                .at(paged(HttpBinding.get("/v1/brokers"))),
                        Operation.of("UpdateBroker", UpdateBrokerRequest.class, mq::updateBroker)
                                .at(broker(HttpBinding.put(BROKER))),
                        Operation.empty("RebootBroker", BrokerRequest.class, mq::rebootBroker)
                                .at(broker(HttpBinding.post(BROKER + "/reboot"))),
                        Operation.of("DeleteBroker", BrokerRequest.class, mq::deleteBroker)
                                .at(broker(HttpBinding.delete(BROKER))),
                        Operation.of("Promote", PromoteRequest.class, mq::promote)
                                .at(broker(HttpBinding.post(BROKER + "/promote"))),
                        Operation.empty("CreateUser", CreateUserRequest.class, mq::createUser)
                                .at(broker(HttpBinding.post(USER))),
                        Operation.of("DescribeUser", UserRequest.class, mq::describeUser)
                                .at(broker(HttpBinding.get(USER))),
                        Operation.of("ListUsers", ListUsersRequest.class, mq::listUsers)
                                .at(paged(broker(HttpBinding.get(BROKER + "/users")))),
                        Operation.empty("UpdateUser", UpdateUserRequest.class, mq::updateUser)
                                .at(broker(HttpBinding.put(USER))),
                        Operation.empty("DeleteUser", UserRequest.class, mq::deleteUser)
                                .at(broker(HttpBinding.delete(USER))),
                        Operation.of("CreateConfiguration", CreateConfigurationRequest.class, mq::createConfiguration)
                                .at(HttpBinding.post("/v1/configurations")),
                        Operation.of("DescribeConfiguration", ConfigurationRequest.class, mq::describeConfiguration)
                                .at(configuration(HttpBinding.get(CONFIGURATION))),
                        Operation.of("ListConfigurations", ListConfigurationsRequest.class, mq::listConfigurations)
                                .at(paged(HttpBinding.get("/v1/configurations"))),
                        Operation.of("UpdateConfiguration", UpdateConfigurationRequest.class, mq::updateConfiguration)
                                .at(configuration(HttpBinding.put(CONFIGURATION))),
                        Operation.of("DeleteConfiguration", ConfigurationRequest.class, mq::deleteConfiguration)
                                .at(configuration(HttpBinding.delete(CONFIGURATION))),
                        Operation.of("DescribeConfigurationRevision", DescribeConfigurationRevisionRequest.class,
                                mq::describeConfigurationRevision)
                                .at(configuration(HttpBinding.get(CONFIGURATION + "/revisions/{configuration-revision}"))
                                        .label("configuration-revision", "configurationRevision")),
                        Operation.of("ListConfigurationRevisions", ListConfigurationRevisionsRequest.class,
                                mq::listConfigurationRevisions)
                                .at(paged(configuration(HttpBinding.get(CONFIGURATION + "/revisions")))),
                        Operation.empty("CreateTags", CreateTagsRequest.class, mq::createTags)
                                .at(tags(HttpBinding.post(TAGS)).status(204)),
                        Operation.empty("DeleteTags", DeleteTagsRequest.class, mq::deleteTags)
                                .at(tags(HttpBinding.delete(TAGS)).query("tagKeys", "tagKeys").status(204)),
                        Operation.of("ListTags", ListTagsRequest.class, mq::listTags)
                                .at(tags(HttpBinding.get(TAGS))),
                        Operation.of("DescribeBrokerEngineTypes", DescribeBrokerEngineTypesRequest.class,
                                mq::describeBrokerEngineTypes)
                                .at(paged(HttpBinding.get("/v1/broker-engine-types")).query("engineType", "engineType")),
                        Operation.of("DescribeBrokerInstanceOptions", DescribeBrokerInstanceOptionsRequest.class,
                                mq::describeBrokerInstanceOptions)
                                .at(paged(HttpBinding.get("/v1/broker-instance-options"))
                                        .query("engineType", "engineType")
                                        .query("hostInstanceType", "hostInstanceType")
                                        .query("storageType", "storageType"))))
                .build();
    }

    private static HttpBinding broker(HttpBinding binding) {
        return binding.label("broker-id", "brokerId");
    }

    private static HttpBinding configuration(HttpBinding binding) {
        return binding.label("configuration-id", "configurationId");
    }

    private static HttpBinding tags(HttpBinding binding) {
        return binding.label("resource-arn", "resourceArn");
    }

    private static HttpBinding paged(HttpBinding binding) {
        return binding.query("maxResults", "maxResults").query("nextToken", "nextToken");
    }
}
