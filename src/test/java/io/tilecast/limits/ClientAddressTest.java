package io.tilecast.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

/** Which address a request counts against: on fly.io the one its proxy names, elsewhere the connection's. */
class ClientAddressTest {

    private static final InetSocketAddress PROXY = new InetSocketAddress("172.16.0.9", 40000);

    @Test
    void flysClientAddressWinsOverTheConnectionsOwn() {
        assertThat(ClientAddress.of(from("203.0.113.7"), true)).isEqualTo("203.0.113.7");
    }

    @Test
    void offFlyTheHeaderIsNotBelievedAndTheConnectionsAddressCounts() {
        assertThat(ClientAddress.of(from("203.0.113.7"), false)).isEqualTo("172.16.0.9");
    }

    @Test
    void withoutItTheConnectionsAddressCounts() {
        assertThat(ClientAddress.of(from(null), true)).isEqualTo("172.16.0.9");
    }

    @Test
    void somethingThatIsNotAnAddressIsIgnoredRatherThanLookedUp() {
        assertThat(ClientAddress.of(from("tilecast.example"), true)).isEqualTo("172.16.0.9");
    }

    @Test
    void anIpv6ClientIsItsSlash64() {
        assertThat(ClientAddress.of(from("2001:db8:a:b:1:2:3:4"), true)).isEqualTo("2001:db8:a:b::/64");
        assertThat(ClientAddress.of(from("2001:db8:a:b::ffff"), true)).isEqualTo("2001:db8:a:b::/64");
        assertThat(ClientAddress.of(from("2001:db8:a:c::1"), true)).isEqualTo("2001:db8:a:c::/64");
    }

    @Test
    void anIpv4MappedAddressIsTheIpv4Address() {
        assertThat(ClientAddress.of(from("::ffff:203.0.113.7"), true)).isEqualTo("203.0.113.7");
    }

    private static MockServerHttpRequest from(String flyClientIp) {
        MockServerHttpRequest.BodyBuilder request = MockServerHttpRequest.post("/api/players").remoteAddress(PROXY);
        if (flyClientIp != null) {
            request.header(ClientAddress.HEADER, flyClientIp);
        }
        return request.build();
    }
}
