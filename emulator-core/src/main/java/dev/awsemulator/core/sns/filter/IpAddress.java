package dev.awsemulator.core.sns.filter;

/**
 * IP address literals, parsed by hand: InetAddress would look up anything that resembles a host name, and a
 * regex would cost more than the message value it tests. An IPv6 address is 128 bits in two longs.
 */
final class IpAddress {

    private static final int IPV6_GROUPS = 8;

    record Ipv6(long high, long low) {
    }

    private IpAddress() {
    }

    /** The dotted quad as an unsigned 32-bit number, or -1 when the text is not one. */
    static long parseIpv4(String text) {
        return parseIpv4(text, 0, text.length());
    }

    private static long parseIpv4(String text, int start, int end) {
        long address = 0;
        int i = start;
        for (int octet = 0; octet < 4; octet++) {
            if (octet > 0) {
                if (i >= end || text.charAt(i) != '.') {
                    return -1;
                }
                i++;
            }
            int digits = 0;
            int value = 0;
            while (i < end && digits < 3 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                value = value * 10 + (text.charAt(i) - '0');
                i++;
                digits++;
            }
            if (digits == 0 || value > 255) {
                return -1;
            }
            address = (address << 8) | value;
        }
        return i == end ? address : -1;
    }

    /** The address, or null when the text is not an IPv6 literal (with at most one "::" and an IPv4 tail). */
    static Ipv6 parseIpv6(String text) {
        int[] groups = new int[IPV6_GROUPS];
        int count = 0;
        int gapAt = -1;
        int i = 0;
        int end = text.length();
        if (text.startsWith("::")) {
            gapAt = 0;
            i = 2;
        }
        while (i < end) {
            int colon = text.indexOf(':', i);
            int groupEnd = colon < 0 ? end : colon;
            if (colon < 0 && text.indexOf('.', i) >= 0) {
                long ipv4 = parseIpv4(text, i, end);
                if (ipv4 < 0 || count > IPV6_GROUPS - 2) {
                    return null;
                }
                groups[count++] = (int) (ipv4 >>> 16);
                groups[count++] = (int) (ipv4 & 0xFFFF);
                break;
            }
            int group = parseHexGroup(text, i, groupEnd);
            if (group < 0 || count == IPV6_GROUPS) {
                return null;
            }
            groups[count++] = group;
            i = groupEnd;
            if (i < end) {
                boolean doubleColon = i + 1 < end && text.charAt(i + 1) == ':';
                if (doubleColon && gapAt >= 0 || !doubleColon && i + 1 == end) {
                    return null;
                }
                gapAt = doubleColon ? count : gapAt;
                i += doubleColon ? 2 : 1;
            }
        }
        boolean complete = gapAt < 0 ? count == IPV6_GROUPS : count < IPV6_GROUPS;
        return complete ? assemble(groups, count, gapAt) : null;
    }

    private static int parseHexGroup(String text, int start, int end) {
        if (end - start < 1 || end - start > 4) {
            return -1;
        }
        int value = 0;
        for (int i = start; i < end; i++) {
            int digit = Character.digit(text.charAt(i), 16);
            if (digit < 0) {
                return -1;
            }
            value = value << 4 | digit;
        }
        return value;
    }

    /** Places the groups after "::" at the end of the 8, the zeros in between being implied. */
    private static Ipv6 assemble(int[] groups, int count, int gapAt) {
        long high = 0;
        long low = 0;
        for (int g = 0; g < count; g++) {
            int index = gapAt >= 0 && g >= gapAt ? g + IPV6_GROUPS - count : g;
            if (index < 4) {
                high |= (long) groups[g] << (16 * (3 - index));
            } else {
                low |= (long) groups[g] << (16 * (7 - index));
            }
        }
        return new Ipv6(high, low);
    }
}
