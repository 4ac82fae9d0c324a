package io.tilecast.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import java.net.InetSocketAddress;
import java.util.function.ObjIntConsumer;
import reactor.netty.resources.LoopResources;

/**
 * Where the watchers' connections live: plain TCP connections to the server on loopback, on
 * event-loop threads of their own (Netty's native transport where there is one), apart from the
 * threads that send moves.
 */
final class Watchers implements AutoCloseable {

    private final LoopResources loops;
    private final Bootstrap bootstrap;
    private final String host;

    Watchers(int port, int threads) {
        this.loops = LoopResources.create("bench-watchers", threads, true);
        EventLoopGroup group = loops.onClient(true);
        this.host = "127.0.0.1:" + port;
        this.bootstrap = new Bootstrap()
                .group(group)
                .channel(loops.onChannelClass(SocketChannel.class, group))
                .option(ChannelOption.TCP_NODELAY, true)
                .remoteAddress(new InetSocketAddress("127.0.0.1", port));
    }

    /** Opens a stream on a game's live events, as a spectator when {@code token} is null. */
    Watcher watch(String game, String token, ObjIntConsumer<String> events) {
        return subscribe("/api/games/" + game + "/events", token, events);
    }

    /** Opens a stream of events at any path of the server. */
    Watcher subscribe(String path, String token, ObjIntConsumer<String> events) {
        return new Watcher(bootstrap, host, path, token, events);
    }

    /** Opens the live lobby, as a visitor's page would. */
    Watcher lobby(ObjIntConsumer<String> events) {
        return subscribe("/api/lobby/events", null, events);
    }

    @Override
    public void close() {
        loops.dispose();
    }
}
