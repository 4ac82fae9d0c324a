package io.tilecast.web;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.HttpServerCodec;
import io.tilecast.play.Delivery;
import io.tilecast.play.Outlet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.NettyDataBufferFactory;
import reactor.netty.NettyPipeline;

/**
 * A live stream's HTTP/1.1 connection, written directly: each delivery goes onto the channel as its
 * ready-made chunk, beneath the HTTP encoder, with no reactive pipeline and no encoding per stream.
 *
 * <p>The response itself (status, headers, pings, its end) is still written by WebFlux. Deliveries
 * handed over before it has begun wait here, in order, until the stream's first ping has been written
 * after the headers: that ping {@linkplain #open() opens} the outlet, on the channel's thread.
 */
final class ConnectionOutlet implements Outlet {

    private final Channel channel;
    private final ChannelHandlerContext beneathEncoder;
    private final EventFrames frames;
    private final int limit;
    private final List<Delivery> waiting = new ArrayList<>();
    private boolean open;
    private boolean compressed;

    private ConnectionOutlet(Channel channel, ChannelHandlerContext beneathEncoder, EventFrames frames, int limit) {
        this.channel = channel;
        this.beneathEncoder = beneathEncoder;
        this.frames = frames;
        this.limit = limit;
    }

    /**
     * The outlet of a stream's connection, if it can have one: a plain HTTP/1.1 connection of
     * Reactor Netty's, with the handler that opens outlets. Otherwise the stream goes through
     * WebFlux as any other body.
     *
     * @param limit deliveries that may wait on the connection; one more and the watcher is cut off
     */
    static Optional<ConnectionOutlet> of(Channel channel, EventFrames frames, int limit) {
        ChannelHandlerContext codec = channel.pipeline().context(HttpServerCodec.class);
        if (codec == null || !OutletOpening.installed(channel)) {
            return Optional.empty();
        }
        return Optional.of(new ConnectionOutlet(channel, codec, frames, limit));
    }

    /** The stream's first ping, to be the first part of its body: once written, it opens this outlet. */
    DataBuffer openingPing(byte[] ping) {
        OutletOpening.FirstPing first = new OutletOpening.FirstPing(Unpooled.wrappedBuffer(ping), this);
        return new NettyDataBufferFactory(channel.alloc()).wrap(first);
    }

    @Override
    public Executor thread() {
        return channel.eventLoop();
    }

    @Override
    public boolean write(Delivery delivery) {
        if (!channel.isActive()) {
            return false;
        }
        if (!open) {
            return waiting.size() < limit && waiting.add(delivery);
        }
        ChannelOutboundBuffer unsent = channel.unsafe().outboundBuffer();
        if (unsent == null || unsent.size() >= limit) {
            return false;
        }
        send(delivery);
        return true;
    }

    @Override
    public void flush() {
        if (open) {
            (compressed ? channel : beneathEncoder).flush();
        }
    }

    /**
     * The response's headers and first ping are written: what waited goes out after them. Whether
     * the body is compressed is settled by then; a compressed one is written through the compressor.
     */
    void open() {
        open = true;
        compressed = channel.pipeline().get(NettyPipeline.CompressionHandler) != null;
        waiting.forEach(this::send);
        waiting.clear();
        flush();
    }

    private void send(Delivery delivery) {
        EventFrames.Frame frame = frames.of(delivery);
        if (compressed) {
            channel.write(new DefaultHttpContent(Unpooled.wrappedBuffer(frame.text())), channel.voidPromise());
        } else {
            beneathEncoder.write(frame.asChunk(), beneathEncoder.voidPromise());
        }
    }
}
