package dev.awsemulator.server.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.awsemulator.core.common.AwsException;
import dev.awsemulator.core.common.CommonError;
import dev.awsemulator.core.common.ErrorCode;
import dev.awsemulator.server.api.ServiceDefinition;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The Query protocol: form parameters in, XML out. The result element comes first inside the
 * response element, because SDK v2 reads the first child as the result whatever its name.
 */
public final class QueryProtocol implements WireProtocol {

    private static final String CONTENT_TYPE = "text/xml";

    private final ServiceDefinition service;
    private final QueryFormReader reader;
    private final Supplier<ObjectMapper> mapper;

    public QueryProtocol(ServiceDefinition service) {
        this.service = service;
        this.reader = new QueryFormReader(service.wireNames(), service.flattenedQuery());
        this.mapper = ServiceObjectMappers.lazy(JsonFactory::new, service.wireNames());
    }

    @Override
    public <T> T decode(byte[] body, Map<String, String> form, Class<T> inputType) {
        try {
            return mapper.get().treeToValue(reader.read(form, inputType), inputType);
        } catch (Exception e) {
            throw CommonError.SERIALIZATION.exception("The request has a parameter of the wrong form: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    @Override
    public EncodedResponse encode(String operation, Object output, String requestId) {
        XmlWriter xml = writer().open(operation + "Response", service.xmlNamespace());
        if (output instanceof Record record) {
            xml.open(operation + "Result").members(record).close(operation + "Result");
        }
        xml.open("ResponseMetadata").text("RequestId", requestId).close("ResponseMetadata")
                .close(operation + "Response");
        return response(200, xml, requestId);
    }

    @Override
    public void prepare() {
        mapper.get();
    }

    @Override
    public EncodedResponse encodeError(AwsException error, String requestId) {
        ErrorCode code = error.errorCode();
        XmlWriter xml = writer().open("ErrorResponse", service.xmlNamespace())
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
        return new XmlWriter(service.wireNames(), service.flattenedQuery());
    }

    private static EncodedResponse response(int status, XmlWriter xml, String requestId) {
        return new EncodedResponse(status, CONTENT_TYPE, Map.of("x-amzn-RequestId", requestId),
                xml.toString().getBytes(StandardCharsets.UTF_8));
    }
}
