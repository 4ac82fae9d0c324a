package io.tilecast.limits;

import io.netty.util.NetUtil;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * Which client a request comes from, as a limit's key: on fly.io the address its proxy names in {@code Fly-Client-IP},
 * elsewhere (where anyone could send that header) the connection's own.
 */
final class ClientAddress {

    static final String HEADER = "Fly-Client-IP";

    private ClientAddress() {
    }

    static String of(ServerHttpRequest request, boolean onFly) {
        String named = onFly ? request.getHeaders().getFirst(HEADER) : null;
        // Only an address literal: anything else is ignored, never looked up.
        byte[] address = named == null ? null : NetUtil.createByteArrayFromIpAddressString(named.trim());
        if (address == null) {
            InetSocketAddress remote = request.getRemoteAddress();
            if (remote == null || remote.getAddress() == null) {
                return "unknown";
            }
            address = remote.getAddress().getAddress();
        }
        return key(address);
    }

    private static String key(byte[] address) {
        try {
            // Gives an IPv4-mapped IPv6 address as the IPv4 address it is.
            byte[] bytes = InetAddress.getByAddress(address).getAddress();
            if (bytes.length == 4) {
                return InetAddress.getByAddress(bytes).getHostAddress();
            }
            return String.format("%x:%x:%x:%x::/64", word(bytes, 0), word(bytes, 2), word(bytes, 4), word(bytes, 6));
        } catch (UnknownHostException notAnAddress) {
            return "unknown";
        }
    }

    private static int word(byte[] bytes, int at) {
        return (bytes[at] & 0xff) << 8 | bytes[at + 1] & 0xff;
    }
}
