package dev.awsemulator.server.api;

/**
 * What a service's Query protocol looks like on the wire, and how its requests are told apart.
 *
 * @param xmlNamespace      the namespace of its XML responses
 * @param flattened         whether its lists and maps are flattened (SQS) or wrapped (SNS)
 * @param resourceUrlMember a member holding a resource's URL (SQS's {@code QueueUrl}), or null: SDK v1
 *                          posts to that URL's path instead of sending the member, and a request
 *                          carrying it belongs to this service when another one has the same action
 */
public record QueryFacts(String xmlNamespace, boolean flattened, String resourceUrlMember) {

    /** Wrapped lists and maps, no resource URL. */
    public static QueryFacts of(String xmlNamespace) {
        return new QueryFacts(xmlNamespace, false, null);
    }

    public QueryFacts withFlattenedLists() {
        return new QueryFacts(xmlNamespace, true, resourceUrlMember);
    }

    public QueryFacts withResourceUrl(String member) {
        return new QueryFacts(xmlNamespace, flattened, member);
    }
}
