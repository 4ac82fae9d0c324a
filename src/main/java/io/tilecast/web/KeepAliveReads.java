package io.tilecast.web;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.LastHttpContent;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.netty.NettyPipeline;

/** Makes sure a kept-alive connection is read again after every answer. */
@Configuration(proxyBeanMethods = false)
class KeepAliveReads {

    /** Added to each HTTP/1.1 connection after Reactor Netty's traffic handler, which HTTP/2 ones do not have. */
    @Bean
    NettyServerCustomizer readAfterEveryAnswer() {
        ChannelHandler readAfterAnswer = new ReadAfterAnswer();
        return server -> server.doOnChannelInit((observer, channel, remoteAddress) -> {
            if (channel.pipeline().get(NettyPipeline.HttpTrafficHandler) != null) {
                channel.pipeline().addAfter(NettyPipeline.HttpTrafficHandler, "tilecast.readAfterAnswer",
                        readAfterAnswer);
            }
        });
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
