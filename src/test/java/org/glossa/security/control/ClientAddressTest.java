package org.glossa.security.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private final ClientAddress behindProxies = ClientAddress.trusting("127.0.0.1, 10.0.0.0/8, 2001:db8::/32");

    @Test
    void withoutTrustedProxiesForwardedForIsIgnored() {
        assertThat(ClientAddress.trustingNoProxy().of("127.0.0.1", List.of("203.0.113.9")))
                .isEqualTo("127.0.0.1");
    }

    @Test
    void forwardedForIsIgnoredWhenThePeerIsNotATrustedProxy() {
        assertThat(behindProxies.of("198.51.100.4", List.of("203.0.113.9"))).isEqualTo("198.51.100.4");
        assertThat(behindProxies.of("0:0:0:0:0:0:0:1", List.of("203.0.113.9"))).isEqualTo("0:0:0:0:0:0:0:1");
    }

    @Test
    void theFirstUntrustedAddressFromTheRightIsTheClient() {
        assertThat(behindProxies.of("127.0.0.1", List.of("6.6.6.6, 203.0.113.9, 10.1.2.3")))
                .as("6.6.6.6 was written by the client and proves nothing")
                .isEqualTo("203.0.113.9");
        assertThat(behindProxies.of("127.0.0.1", List.of("6.6.6.6", "203.0.113.9", "10.1.2.3")))
                .as("several header lines are one list")
                .isEqualTo("203.0.113.9");
        assertThat(behindProxies.of("2001:db8::1", List.of("[2001:db9::5]"))).isEqualTo("2001:db9:0:0:0:0:0:5");
    }

    @Test
    void allTrustedMeansTheLeftmostAndAGarbageHopStopsAtTheTrustedOneToItsRight() {
        assertThat(behindProxies.of("127.0.0.1", List.of("10.0.0.2, 10.0.0.3"))).isEqualTo("10.0.0.2");
        assertThat(behindProxies.of("127.0.0.1", List.of("203.0.113.9, unknown, 10.0.0.3")))
                .isEqualTo("10.0.0.3");
        assertThat(behindProxies.of("127.0.0.1", List.of("evil.example"))).isEqualTo("127.0.0.1");
        assertThat(behindProxies.of("127.0.0.1", List.of())).isEqualTo("127.0.0.1");
    }

    @Test
    void cidrRangesMatchByPrefix() {
        ClientAddress narrow = ClientAddress.trusting("192.0.2.128/25");
        assertThat(narrow.of("192.0.2.200", List.of("203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(narrow.of("192.0.2.100", List.of("203.0.113.9"))).isEqualTo("192.0.2.100");
    }

    @Test
    void anInvalidEntryIsRefusedNamingIt() {
        assertThatThrownBy(() -> ClientAddress.trusting("127.0.0.1, proxy.example"))
                .hasMessageContaining("proxy.example");
        assertThatThrownBy(() -> ClientAddress.trusting("10.0.0.0/33")).hasMessageContaining("10.0.0.0/33");
        assertThatThrownBy(() -> ClientAddress.trusting("256.1.1.1")).hasMessageContaining("256.1.1.1");
    }

    @Test
    void ipv6AddressesAreThrottledByTheirSlash64() {
        assertThat(ClientAddress.throttlingKey("2001:db8:1:2:aaaa::1"))
                .isEqualTo(ClientAddress.throttlingKey("2001:db8:1:2:bbbb::9"))
                .isEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(ClientAddress.throttlingKey("2001:db8:1:3::1")).isNotEqualTo("2001:db8:1:2:0:0:0:0/64");
        assertThat(ClientAddress.throttlingKey("203.0.113.9")).isEqualTo("203.0.113.9");
    }
}
