package dev.awsemulator.server.robustness;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.awsemulator.server.api.ServiceDefinition;
import dev.awsemulator.server.testsupport.CredentialScopes;

import java.util.List;

/** A seed request (one operation over one encoding) and what is done to it. */
record FuzzCase(Seed seed, List<Mutation> mutations) {

    /** One operation of one service over one of the encodings it speaks. */
    record Seed(ServiceDefinition service, String operation, WireRequest.Encoding encoding) {

        @Override
        public String toString() {
            return service.signingName() + ":" + operation + "/" + encoding;
        }
    }

    WireRequest render(AccountFixtures fixtures, int maxRequestBytes) {
        ServiceDefinition service = seed.service();
        Class<?> inputType = service.operation(seed.operation()).inputType();
        SeedInput input = new SeedInput(service.signingName(), service.wireNames(),
                service.query() != null && service.query().flattened(), fixtures);
        WireRequest request = new WireRequest(service.signingName(), seed.encoding());
        request.tree = input.tree(inputType);
        switch (seed.encoding()) {
            case JSON -> {
                request.target = service.json().targetPrefix() + "." + seed.operation();
                request.contentType = "application/x-amz-json-" + service.json().version();
            }
            case CBOR -> {
                request.target = service.json().targetPrefix() + "." + seed.operation();
                request.contentType = "application/x-amz-cbor-1.1";
            }
            case QUERY -> {
                request.form = input.form(inputType, (ObjectNode) request.tree);
                request.form.put("Action", seed.operation());
                request.form.put("Version", "2012-11-05");
                request.tree = null;
                request.contentType = "application/x-www-form-urlencoded; charset=utf-8";
            }
        }
        request.authorization = CredentialScopes.authorization(fixtures.accountId(), service.signingName());
        mutations.forEach(mutation -> mutation.structure(request));
        request.encode();
        mutations.forEach(mutation -> mutation.bytes(request, maxRequestBytes));
        return request;
    }
}
