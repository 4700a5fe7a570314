package dev.awsemulator.core.sns.filter;

/**
 * Every text a rejected filter policy is answered with, in one place so that each one's source can be checked.
 * Sources: [AWS] recorded against AWS in LocalStack's {@code test_sns_filter_policy.snapshot.json} or asserted
 * in {@code test_sns.py}; [RULER] aws/event-ruler, the rule compiler whose texts AWS's recorded ones are; [OURS]
 * no public source found. AWS appends Jackson's "\n at [Source: ...; line: 1, column: N]" to the [AWS] and
 * [RULER] texts of the compiler; the emulator leaves that position out.
 */
final class PolicyMessages {

    /** [AWS] prefix asserted by LocalStack's test_validate_set_sub_attributes; AWS appends a Java trace. */
    static final String NOT_JSON = "failed to parse JSON.";
    /** [RULER] JsonRuleCompiler.doCompile. */
    static final String NOT_AN_OBJECT = "Filter is not an object";
    /** [OURS] the docs give the 256 KB limit but not the error text. */
    static final String TOO_LONG = "Filter policy is too long";
    /** [AWS] error-complexity-too-many-fields, sub-filter-policy-max-attr-keys. */
    static final String TOO_MANY_KEYS = "Filter policy can not have more than 5 keys";
    /** [AWS] error-complexity-in-one-condition and the four other complexity snapshots. */
    static final String TOO_COMPLEX = "Filter policy is too complex";
    /** [AWS] sub-filter-policy-nested-error; AWS does not put "FilterPolicy: " before this one. */
    static final String NESTED_IN_ATTRIBUTE_SCOPE =
            "Filter policy scope MessageAttributes does not support nested filter policy";
    /** [RULER] parseObject. */
    static final String EMPTY_OBJECT = "Empty objects are not allowed";
    /** [RULER] writeRules; LocalStack's validator has the same text. */
    static final String EMPTY_ARRAY = "Empty arrays are not allowed";
    /** [AWS] error-condition-list. */
    static final String BAD_MATCH_VALUE = "Match value must be String, number, true, false, or null";
    /** [RULER] processMatchExpression, for {@code {}}. */
    static final String NO_MATCH_EXPRESSION = "Match expression name not found";
    /** [AWS] error-condition-two-operators. */
    static final String ONE_KEY_ONLY = "Only one key allowed in match expression";
    /** [AWS] error-condition-none, error-condition-string. */
    static final String EXISTS_NOT_BOOLEAN = "exists match pattern must be either true or false.";
    /** [RULER] processMatchExpression. */
    static final String NUMERIC_NOT_ARRAY = "Value of numeric must be an array.";
    /** [AWS] error-numeric-wrong-range-order; the compiler also answers it for a second key after numeric or
     * anything-but. */
    static final String NUMERIC_TOO_MANY_ELEMENTS = "Too many elements in numeric expression";
    /** [AWS] error-numeric-too-many-range. */
    static final String NUMERIC_TOO_MANY_TERMS = "Too many terms in numeric range expression";
    /** [AWS] error-numeric-wrong-value-order. */
    static final String BOTTOM_NOT_BELOW_TOP = "Bottom must be less than top";
    /** [RULER] ComparableNumber of the release whose range the SNS docs state (-10^9 to 10^9). */
    static final String NUMBER_OUT_OF_RANGE = "Value must be between -1.0E9 and 1.0E9, inclusive";
    /** [RULER] processMatchExpression. */
    static final String ANYTHING_BUT_NAME_NOT_FOUND = "Anything-But expression name not found";
    /** [RULER] processMatchExpression. */
    static final String ANYTHING_BUT_BAD_VALUE =
            "Value of anything-but must be an array or single string/number value.";
    /** [RULER] processAnythingButListMatchExpression. */
    static final String ANYTHING_BUT_BAD_MEMBER = "Inside anything but list, start|null|boolean is not supported.";
    /** [RULER] processAnythingButListMatchExpression, also for an empty list. */
    static final String ANYTHING_BUT_MIXED =
            "Inside anything but list, either all values are number or string, mixed type is not supported";
    /** [RULER] CIDR.cidr; LocalStack's validator has the same texts. */
    static final String CIDR_ONE_SLASH = "Malformed CIDR, one '/' required";
    /** [RULER] CIDR.cidr. */
    static final String CIDR_MASK_NOT_INTEGER = "Malformed CIDR, mask bits must be an integer";
    /** [RULER] CIDR.cidr. */
    static final String CIDR_MASK_NEGATIVE = "Malformed CIDR, mask bits must not be negative";
    /** [RULER] CIDR.cidr. */
    static final String CIDR_IPV4_MASK = "IPv4 mask bits must be < 32";
    /** [RULER] CIDR.cidr. */
    static final String CIDR_IPV6_MASK = "IPv6 mask bits must be < 128";

    private PolicyMessages() {
    }

    /** [AWS] sub-filter-policy-rule-no-list, error-condition-is-not-list-and-operator. */
    static String mustBeObjectOrArray(String key) {
        return "\"" + key + "\" must be an object or an array";
    }

    /** [AWS] error-condition-operator. */
    static String unrecognizedMatchType(String name) {
        return "Unrecognized match type " + name;
    }

    /** [AWS] for suffix (error-condition-is-numeric) and prefix (error-condition-anything-but-prefix-wrong-type);
     * [RULER] for equals-ignore-case, and "prefix" for cidr too. */
    static String patternMustBeString(String operator) {
        return operator + " match pattern must be a string";
    }

    /** [AWS] error-numeric-empty ("]") and error-numeric-operator-order ("1"). */
    static String invalidNumericMember(String token) {
        return "Invalid member in numeric match: " + token;
    }

    /** [AWS] error-numeric-wrong-operator. */
    static String unrecognizedNumericOperator(String operator) {
        return "Unrecognized numeric range operator: " + operator;
    }

    /** [AWS] error-numeric-type ("equals"), error-numeric-missing-value (">="), ... */
    static String valueMustBeNumeric(String operator) {
        return "Value of " + operator + " must be numeric";
    }

    /** [AWS] error-numeric-missing-range-operator. */
    static String badRangeValue(String token) {
        return "Bad value in numeric range: " + token;
    }

    /** [AWS] error-numeric-wrong-range-operators, error-numeric-wrong-second-range-operator. */
    static String badRangeOperator(String operator) {
        return "Bad numeric range operator: " + operator;
    }

    /** [AWS] error-condition-wrong-operator, error-condition-anything-but-suffix, ...-exists. */
    static String unsupportedAnythingBut(String operator) {
        return "Unsupported anything-but pattern: " + operator;
    }

    /** [RULER] CIDR.ipToBytes. */
    static String nonstandardIp(String ip) {
        return "Nonstandard IP address: " + ip;
    }
}
