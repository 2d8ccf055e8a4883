package org.frontline.ingest;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * Tells the addresses of the public internet from those a feed must not make the watcher reach: this machine,
 * its networks and other special-purpose blocks (the IANA IPv4 and IPv6 special-purpose registries).
 */
public final class PublicAddresses {

    /** A block of addresses: a prefix of so many bits. */
    private record Block(byte[] prefix, int bits) {
        static Block of(String cidr) {
            int slash = cidr.indexOf('/');
            try {
                // literals only: InetAddress parses them without a DNS lookup
                return new Block(InetAddress.getByName(cidr.substring(0, slash)).getAddress(), Integer.parseInt(cidr.substring(slash + 1)));
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(cidr, e);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int full = bits / 8;
            if (!Arrays.equals(address, 0, full, prefix, 0, full)) {
                return false;
            }
            int rest = bits % 8;
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return rest == 0 || (address[full] & mask) == (prefix[full] & mask);
        }
    }

    private static final List<Block> NOT_PUBLIC = List.of(
            Block.of("0.0.0.0/8"),          // "this network"
            Block.of("10.0.0.0/8"),         // private
            Block.of("100.64.0.0/10"),      // carrier-grade NAT
            Block.of("127.0.0.0/8"),        // loopback
            Block.of("169.254.0.0/16"),     // link-local (cloud metadata services live here)
            Block.of("172.16.0.0/12"),      // private
            Block.of("192.0.0.0/24"),       // IETF protocol assignments
            Block.of("192.0.2.0/24"),       // documentation
            Block.of("192.88.99.0/24"),     // 6to4 relay anycast (deprecated)
            Block.of("192.168.0.0/16"),     // private
            Block.of("198.18.0.0/15"),      // benchmarking
            Block.of("198.51.100.0/24"),    // documentation
            Block.of("203.0.113.0/24"),     // documentation
            Block.of("224.0.0.0/4"),        // multicast
            Block.of("240.0.0.0/4"),        // reserved, and the broadcast address
            Block.of("::/127"),             // unspecified and loopback
            Block.of("::/96"),              // IPv4-compatible (deprecated)
            Block.of("64:ff9b:1::/48"),     // local NAT64
            Block.of("100::/64"),           // discard
            Block.of("2001:db8::/32"),      // documentation
            Block.of("2001::/23"),          // IETF protocol assignments (Teredo, ORCHID, ...)
            Block.of("fc00::/7"),           // unique local
            Block.of("fe80::/10"),          // link-local
            Block.of("fec0::/10"),          // site-local (deprecated)
            Block.of("ff00::/8"));          // multicast
    /** IPv6 blocks that embed an IPv4 address, which decides: NAT64 (the last 4 bytes) and 6to4 (bytes 2 to 5). */
    private static final Block NAT64 = Block.of("64:ff9b::/96");
    private static final Block SIX_TO_FOUR = Block.of("2002::/16");

    private PublicAddresses() {
    }

    /** Whether an address belongs to the public internet. IPv4-mapped IPv6 addresses are judged as the IPv4 address. */
    public static boolean isPublic(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address && isMapped(bytes)) {
            return isPublic(ipv4(Arrays.copyOfRange(bytes, 12, 16)));
        }
        if (NOT_PUBLIC.stream().anyMatch(b -> b.contains(bytes))) {
            return false;
        }
        if (NAT64.contains(bytes)) {
            return isPublic(ipv4(Arrays.copyOfRange(bytes, 12, 16)));
        }
        if (SIX_TO_FOUR.contains(bytes)) {
            return isPublic(ipv4(Arrays.copyOfRange(bytes, 2, 6)));
        }
        return true;
    }

    /** ::ffff:a.b.c.d; Java turns most of these into Inet4Address already, but not one built from 16 bytes by scope. */
    private static boolean isMapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return (bytes[10] & 0xFF) == 0xFF && (bytes[11] & 0xFF) == 0xFF;
    }

    private static InetAddress ipv4(byte[] bytes) {
        try {
            return Inet4Address.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 bytes are always an IPv4 address", e);
        }
    }
}
