package org.unioncabinet.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The reverse proxies whose {@code X-Forwarded-*} headers the cabinet believes ({@code TRUSTED_PROXIES}): IPv4 and
 * IPv6 addresses and CIDR blocks, separated by commas or spaces. Tomcat's {@code RemoteIpValve} wants one regular
 * expression matched against the peer's address as Tomcat writes it: IPv4 dotted, IPv6 in Java's full form
 * ({@code 0:0:0:0:0:0:0:1}, lower case, no leading zeros, no {@code ::}). So a CIDR block becomes the alternatives
 * its partial octet allows; an IPv6 prefix must end on a group boundary (a multiple of 16), which every real
 * proxy network does. Host names are refused: the list is read once, and a name's address may change.
 */
public final class TrustedProxies {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
    private static final String ANY_OCTET = "\\d{1,3}";
    private static final String ANY_GROUP = "[0-9a-f]{1,4}";

    private final List<String> patterns;

    private TrustedProxies(List<String> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    /**
     * @param list addresses and CIDR blocks, e.g. {@code "10.0.0.5, 172.16.0.0/12 fd00::/16"}; blank means none
     * @throws IllegalArgumentException naming the entry that is not an address or block
     */
    public static TrustedProxies parse(String list) {
        List<String> patterns = new ArrayList<>();
        for (String entry : list == null ? new String[0] : list.trim().split("[,\\s]+")) {
            if (!entry.isEmpty()) {
                patterns.add(pattern(entry));
            }
        }
        return new TrustedProxies(patterns);
    }

    public boolean isEmpty() {
        return patterns.isEmpty();
    }

    /** For {@code server.tomcat.remoteip.internal-proxies}: empty when no proxy is trusted. */
    public String regex() {
        return String.join("|", patterns);
    }

    private static String pattern(String entry) {
        String[] parts = entry.split("/", -1);
        if (parts.length > 2) {
            throw refused(entry);
        }
        byte[] address = literal(parts[0], entry);
        int bits = address.length * 8;
        int prefix = bits;
        if (parts.length == 2) {
            if (!parts[1].matches("\\d{1,3}") || Integer.parseInt(parts[1]) > bits) {
                throw refused(entry);
            }
            prefix = Integer.parseInt(parts[1]);
        }
        return address.length == 4 ? ipv4(address, prefix) : ipv6(address, prefix, entry);
    }

    /** The address's bytes, parsed without ever asking DNS: only literals get this far. */
    private static byte[] literal(String address, String entry) {
        boolean ipv4 = IPV4.matcher(address).matches()
                && Arrays.stream(address.split("\\.")).allMatch(octet -> Integer.parseInt(octet) <= 255);
        if (!ipv4 && !IPV6.matcher(address).matches()) {
            throw refused(entry);
        }
        try {
            return InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException malformed) {
            throw refused(entry);
        }
    }

    private static String ipv4(byte[] address, int prefix) {
        List<String> octets = new ArrayList<>();
        for (int index = 0; index < 4; index++) {
            int value = address[index] & 0xff;
            int fixedBits = Math.max(0, Math.min(8, prefix - index * 8));
            int mask = fixedBits == 0 ? 0 : (0xff << (8 - fixedBits)) & 0xff;
            int first = value & mask;
            int last = first | (~mask & 0xff);
            octets.add(first == last ? Integer.toString(first) : first == 0 && last == 255 ? ANY_OCTET
                    : IntStream.rangeClosed(first, last).mapToObj(Integer::toString)
                            .collect(Collectors.joining("|", "(?:", ")")));
        }
        return String.join("\\.", octets);
    }

    private static String ipv6(byte[] address, int prefix, String entry) {
        if (prefix % 16 != 0) {
            throw new IllegalArgumentException("TRUSTED_PROXIES: the IPv6 block «" + entry
                    + "» must have a prefix length that is a multiple of 16");
        }
        List<String> groups = new ArrayList<>();
        for (int group = 0; group < 8; group++) {
            int value = ((address[group * 2] & 0xff) << 8) | (address[group * 2 + 1] & 0xff);
            groups.add(group * 16 < prefix ? Integer.toHexString(value) : ANY_GROUP);
        }
        // Java appends the zone of a link-local peer (fe80:…%eth0)
        return String.join(":", groups) + "(?:%.+)?";
    }

    private static IllegalArgumentException refused(String entry) {
        return new IllegalArgumentException("TRUSTED_PROXIES: «" + entry + "» is not an IP address or CIDR block");
    }
}
