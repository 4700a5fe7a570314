package dev.awsemulator.core.sns.filter;

/**
 * {"cidr": "a/n"}: an inclusive range of addresses. Like the rule compiler AWS uses, the range runs from the
 * address as written (not masked) to that address with all host bits set; for a network address such as
 * 10.0.0.0/24 that is the usual subnet.
 */
record CidrRange(boolean ipv4, long lowHigh, long lowLow, long highHigh, long highLow) implements Rule {

    static CidrRange ipv4(long address, int maskBits) {
        long top = address | ones(32 - maskBits);
        return new CidrRange(true, 0, address, 0, top);
    }

    static CidrRange ipv6(IpAddress.Ipv6 address, int maskBits) {
        int hostBits = 128 - maskBits;
        long highTop = hostBits > 64 ? address.high() | ones(hostBits - 64) : address.high();
        long lowTop = address.low() | ones(Math.min(hostBits, 64));
        return new CidrRange(false, address.high(), address.low(), highTop, lowTop);
    }

    private static long ones(int bits) {
        return bits >= 64 ? -1L : (1L << bits) - 1;
    }

    @Override
    public boolean matchesText(String value) {
        if (ipv4) {
            long address = IpAddress.parseIpv4(value);
            return address >= 0 && address >= lowLow && address <= highLow;
        }
        IpAddress.Ipv6 address = IpAddress.parseIpv6(value);
        return address != null && compare(address.high(), address.low(), lowHigh, lowLow) >= 0
                && compare(address.high(), address.low(), highHigh, highLow) <= 0;
    }

    private static int compare(long aHigh, long aLow, long bHigh, long bLow) {
        int byHigh = Long.compareUnsigned(aHigh, bHigh);
        return byHigh != 0 ? byHigh : Long.compareUnsigned(aLow, bLow);
    }
}
