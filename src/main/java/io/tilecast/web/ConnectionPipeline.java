package io.tilecast.web;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelPipeline;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.netty.NettyPipeline;

/**
 * What Tilecast adds to each HTTP/1.1 connection's pipeline, after Reactor Netty's traffic handler:
 * a read after every answer ({@link KeepAliveReads}) and the opening of live streams' outlets
 * ({@link OutletOpening}). Both handlers are shared by every connection.
 */
@Configuration(proxyBeanMethods = false)
class ConnectionPipeline {

    @Bean
    NettyServerCustomizer tilecastConnectionHandlers() {
        ChannelHandler readAfterAnswer = new KeepAliveReads.ReadAfterAnswer();
        ChannelHandler openOutlets = new OutletOpening.Opener();
        return server -> server.doOnChannelInit((observer, channel, remoteAddress) -> {
            ChannelPipeline pipeline = channel.pipeline();
            if (pipeline.get(NettyPipeline.HttpTrafficHandler) != null) {
                pipeline.addAfter(NettyPipeline.HttpTrafficHandler, KeepAliveReads.NAME, readAfterAnswer);
                pipeline.addAfter(NettyPipeline.HttpTrafficHandler, OutletOpening.NAME, openOutlets);
            }
        });
    }
}
