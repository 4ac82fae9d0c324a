package io.tilecast.web;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.WrappedByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;

/**
 * Opens each {@link ConnectionOutlet} at the right moment: when its stream's first ping passes on
 * its way to the socket, after the response's headers. Everything written through the outlet then
 * follows them on the wire, whichever thread began the response and whenever. The handler is
 * added to each connection by {@link ConnectionPipeline}.
 */
final class OutletOpening {

    static final String NAME = "tilecast.openOutlet";

    private OutletOpening() {
    }

    static boolean installed(Channel channel) {
        return channel.pipeline().get(NAME) != null;
    }

    /** A stream's first ping, which knows the outlet it opens. */
    static final class FirstPing extends WrappedByteBuf {

        private final ConnectionOutlet outlet;

        FirstPing(ByteBuf ping, ConnectionOutlet outlet) {
            super(ping);
            this.outlet = outlet;
        }
    }

    @ChannelHandler.Sharable
    static final class Opener extends ChannelOutboundHandlerAdapter {

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            if (msg instanceof FirstPing ping) {
                ctx.write(ping.unwrap(), promise);
                ping.outlet.open();
                return;
            }
            ctx.write(msg, promise);
        }
    }
}
