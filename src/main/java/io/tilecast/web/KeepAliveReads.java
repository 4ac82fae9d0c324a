package io.tilecast.web;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.LastHttpContent;

/**
 * Makes sure a kept-alive connection is read again after every answer. Reactor Netty 1.3.6 (the
 * version Spring Boot 4.0.7 brings) can stop reading one for good: when the next request arrives
 * before the previous exchange has wound up, it is held back, and if that request is then
 * answered at once (a refusal, a game view from memory) nobody asks the socket for more. The
 * client's request after that waits forever (reactor/reactor-netty#4361, fixed by #4347 in a later
 * release). Asking for a read once each answer has gone out costs nothing when one is already
 * pending. Added to each connection by {@link ConnectionPipeline}; remove both when Reactor Netty
 * has the fix.
 */
final class KeepAliveReads {

    static final String NAME = "tilecast.readAfterAnswer";

    private KeepAliveReads() {
    }

    /** Once the last part of an answer is written, asks the connection for its next bytes. */
    @ChannelHandler.Sharable
    static final class ReadAfterAnswer extends ChannelOutboundHandlerAdapter {

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
            if (msg instanceof LastHttpContent) {
                ChannelPromise written = promise.unvoid();
                // After the task that wrote it, which may be the one that forgets to read.
                written.addListener(future -> ctx.channel().eventLoop().execute(() -> {
                    if (ctx.channel().isActive()) {
                        ctx.channel().read();
                    }
                }));
                ctx.write(msg, written);
                return;
            }
            ctx.write(msg, promise);
        }
    }
}
