package dev.awsemulator.server.api;

/**
 * An operation reached by its path rather than its name, as LocalStack's developer endpoints are
 * ({@code /_aws/sqs/messages}): any request to {@code path}, or below it where the operation's URI
 * template fits, is that operation, answered in the protocol the request speaks (JSON with a target,
 * else Query) and recorded in the journal as {@code label}. A request there naming another operation
 * is refused. It takes no credentials, like the emulator's other own endpoints.
 *
 * <p>The operation's {@link HttpBinding}, if it has one, binds members to the query string and to
 * the labels of a longer path; its method is not checked.
 */
public record DeveloperEndpoint(String path, String label, Operation<?> operation) {
}
