package io.tilecast.support;

import io.netty.channel.ChannelOption;
import io.netty.channel.WriteBufferWaterMark;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Small socket send buffers and write marks, so that a reader who stops shows up after a few kilobytes. */
@TestConfiguration
public class SmallSendBuffers {

    @Bean
    NettyServerCustomizer smallSendBuffers() {
        return server -> server.childOption(ChannelOption.SO_SNDBUF, 4096)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(1024, 2048));
    }
}
