package dev.awsemulator.core.sns.filter;

/**
 * A message attribute as filtering sees it.
 *
 * @param dataType    "String", "Number", "Binary" or "String.Array", optionally with a custom suffix such as
 *                    "Number.float"
 * @param stringValue the value; null for Binary, which filtering ignores
 */
public record FilterAttribute(String dataType, String stringValue) {
}
