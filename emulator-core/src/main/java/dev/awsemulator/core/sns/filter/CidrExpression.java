package dev.awsemulator.core.sns.filter;

/** Validates the text of {"cidr": ...} in the order, and with the texts, of the rule compiler AWS uses. */
final class CidrExpression {

    private CidrExpression() {
    }

    static CidrRange parse(String cidr) {
        // String.split drops trailing empty parts, so "10.0.0.0/" has one part, as it has for AWS's compiler.
        String[] parts = cidr.split("/");
        if (parts.length != 2) {
            throw InvalidFilterPolicyException.of(PolicyMessages.CIDR_ONE_SLASH);
        }
        int maskBits;
        try {
            maskBits = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw InvalidFilterPolicyException.of(PolicyMessages.CIDR_MASK_NOT_INTEGER);
        }
        if (maskBits < 0) {
            throw InvalidFilterPolicyException.of(PolicyMessages.CIDR_MASK_NEGATIVE);
        }
        long ipv4 = IpAddress.parseIpv4(parts[0]);
        if (ipv4 >= 0) {
            requireMask(maskBits < 32, PolicyMessages.CIDR_IPV4_MASK);
            return CidrRange.ipv4(ipv4, maskBits);
        }
        IpAddress.Ipv6 ipv6 = IpAddress.parseIpv6(parts[0]);
        if (ipv6 == null) {
            throw InvalidFilterPolicyException.of(PolicyMessages.nonstandardIp(parts[0]));
        }
        requireMask(maskBits < 128, PolicyMessages.CIDR_IPV6_MASK);
        return CidrRange.ipv6(ipv6, maskBits);
    }

    private static void requireMask(boolean valid, String message) {
        if (!valid) {
            throw InvalidFilterPolicyException.of(message);
        }
    }
}
