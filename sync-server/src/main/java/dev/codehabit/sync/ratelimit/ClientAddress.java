package dev.codehabit.sync.ratelimit;

import io.javalin.http.Context;

import java.net.InetAddress;

/**
 * The address a request came from, for per-IP limits. Behind a reverse proxy every request arrives from the
 * proxy, so when the direct peer is on loopback or a private network (where a proxy sits, see
 * docs/sync-server.md) the address the proxy appended last to {@code X-Forwarded-For} is used instead. A
 * client on the public internet cannot forge it: its own header is ignored.
 */
public final class ClientAddress {
    private ClientAddress() {}

    public static String of(Context ctx) {
        String peer = ctx.req().getRemoteAddr();
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank() || !trustedProxy(peer)) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        return hops[hops.length - 1].strip();
    }

    private static boolean trustedProxy(String peer) {
        try {
            InetAddress address = InetAddress.ofLiteral(peer);
            return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                    || (address.getAddress().length == 16 && (address.getAddress()[0] & 0xfe) == 0xfc);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
