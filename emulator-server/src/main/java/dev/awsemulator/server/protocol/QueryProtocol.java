package dev.awsemulator.server.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.common.CommonError;
import dev.awsemulator.core.common.ErrorCode;
import dev.awsemulator.server.api.Operation;
import dev.awsemulator.server.api.QueryFacts;
import dev.awsemulator.server.api.ServiceDefinition;
import dev.awsemulator.server.api.WireNames;
import dev.awsemulator.server.model.InputChecks;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The Query protocol: form parameters in, XML out. The result element comes first inside the
 * response element, because SDK v2 reads the first child as the result whatever its name.
 */
public final class QueryProtocol implements WireProtocol {

    private static final String CONTENT_TYPE = "text/xml";

    private final WireNames names;
    private final QueryFacts facts;
    private final QueryFormReader reader;
    private final BoundMembers bound;
    private final JsonTrees trees;
    private final InputChecks checks;

    public QueryProtocol(ServiceDefinition service) {
        this.checks = service.inputChecks();
        this.names = service.wireNames();
        this.facts = service.query();
        this.reader = new QueryFormReader(names, facts.flattened());
        this.bound = new BoundMembers(names);
        this.trees = names.derived(ServiceObjectMappers.JSON);
    }

    /**
     * The form is the input, checked against the constraints of the service's model when it declares one;
     * for an operation reached by path, its binding adds the path's labels.
     */
    @Override
    public <T> T decode(Operation<T> operation, IncomingRequest request) {
        ObjectNode tree = tree(operation, request);
        if (operation.http() == null && checks != null) {
            checks.checkConstraints(operation.name(), tree);
        }
        try {
            return trees.read(tree, operation.inputType());
        } catch (Exception e) {
            throw CommonError.SERIALIZATION.exception("The request has a parameter of the wrong form: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    /** The request's members as the JSON tree of the operation's input, as the form carries them, unchecked. */
    public ObjectNode tree(Operation<?> operation, IncomingRequest request) {
        ObjectNode tree = reader.read(request.form(), operation.inputType());
        if (operation.http() != null) {
            bound.read(tree, operation.inputType(), operation.http(), request);
        }
        return tree;
    }

    @Override
    public EncodedResponse encode(Operation<?> operation, Object output, String requestId) {
        String name = operation.name();
        XmlWriter xml = writer().open(name + "Response", facts.xmlNamespace());
        if (output instanceof Record record) {
            xml.open(name + "Result").members(record).close(name + "Result");
        }
        xml.open("ResponseMetadata").text("RequestId", requestId).close("ResponseMetadata")
                .close(name + "Response");
        return response(200, xml, requestId);
    }

    @Override
    public void prepare() {
        trees.mapper();
    }

    @Override
    public EncodedResponse encodeError(AwsException error, String requestId) {
        ErrorCode code = error.errorCode();
        XmlWriter xml = writer().open("ErrorResponse", facts.xmlNamespace())
                .open("Error")
                .text("Type", code.senderFault() ? "Sender" : "Receiver")
                .text("Code", code.queryCode())
                .text("Message", code.queryMessage(error.getMessage()))
                .empty("Detail")
                .close("Error")
                .text("RequestId", requestId)
                .close("ErrorResponse");
        return response(code.httpStatus(), xml, requestId);
    }

    private XmlWriter writer() {
        return new XmlWriter(names, facts.flattened());
    }

    private static EncodedResponse response(int status, XmlWriter xml, String requestId) {
        return new EncodedResponse(status, CONTENT_TYPE, Map.of("x-amzn-RequestId", requestId),
                xml.toString().getBytes(StandardCharsets.UTF_8));
    }
}
