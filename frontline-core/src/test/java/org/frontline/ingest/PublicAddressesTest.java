package org.frontline.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.assertj.core.api.Assertions.assertThat;

class PublicAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "0.1.2.3", "10.0.0.7", "100.64.0.1", "100.127.255.254", "127.0.0.1", "127.8.9.10",
            "169.254.169.254", "172.16.0.1", "172.31.255.255", "192.0.0.8", "192.0.2.1", "192.168.1.1", "198.18.0.1",
            "198.51.100.7", "203.0.113.9", "224.0.0.251", "239.255.255.250", "240.0.0.1", "255.255.255.255",
            "::", "::1", "::ffff:127.0.0.1", "::ffff:10.1.2.3", "::127.0.0.1", "fc00::1", "fd12:3456::1", "fe80::1",
            "fec0::1", "ff02::1", "2001:db8::1", "64:ff9b::a00:1", "64:ff9b:1::1", "2002:0a00:0001::1", "2001:0:4136:e378::1"})
    void refusesAddressesOffThePublicInternet(String literal) throws UnknownHostException {
        assertThat(PublicAddresses.isPublic(InetAddress.getByName(literal))).as(literal).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.1.1.1", "8.8.8.8", "100.63.255.255", "100.128.0.1", "172.15.255.255", "172.32.0.1", "192.167.1.1",
            "185.199.108.153", "2a00:1450:4001:82a::200e", "2606:4700::1111", "64:ff9b::808:808", "2002:0808:0808::1", "::ffff:8.8.8.8"})
    void allowsPublicAddresses(String literal) throws UnknownHostException {
        assertThat(PublicAddresses.isPublic(InetAddress.getByName(literal))).as(literal).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.9.8.7", "169.254.169.254"})
    void judgesAMappedAddressKeptAsIpv6ByItsIpv4Address(String ipv4) throws UnknownHostException {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xFF;
        mapped[11] = (byte) 0xFF;
        System.arraycopy(InetAddress.getByName(ipv4).getAddress(), 0, mapped, 12, 4);
        InetAddress v6 = Inet6Address.getByAddress(null, mapped, -1);
        assertThat(v6).isInstanceOf(Inet6Address.class);
        assertThat(PublicAddresses.isPublic(v6)).isFalse();
    }
}
