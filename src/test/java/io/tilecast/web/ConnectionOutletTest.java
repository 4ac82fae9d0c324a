package io.tilecast.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpContentDecompressor;
import io.netty.handler.codec.http.HttpContentCompressor;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import io.tilecast.play.Delivery;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.NettyDataBufferFactory;
import reactor.netty.NettyPipeline;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a stream's connection carries when the audience writes it directly, on Netty's in-memory
 * channel with the same HTTP codec and opening handler as a server connection: the response as
 * WebFlux writes it, with the deliveries in their place between its first ping and its end.
 */
class ConnectionOutletTest {

    private static final byte[] PING = ": ping\n\n".getBytes(StandardCharsets.US_ASCII);

    private final EventFrames frames = new EventFrames(JsonMapper.builder().build());
    private final EmbeddedChannel channel = new EmbeddedChannel(new HttpServerCodec());
    private final StringBuilder written = new StringBuilder();

    ConnectionOutletTest() {
        channel.pipeline().addLast(OutletOpening.NAME, new OutletOpening.Opener());
        channel.writeInbound(ascii("GET /api/games/g/events HTTP/1.1\r\nHost: tilecast\r\n\r\n"));
    }

    @AfterEach
    void close() {
        channel.finishAndReleaseAll();
    }

    @Test
    void deliveriesHandedOverBeforeTheFirstPingGoOutAfterItInOrder() {
        ConnectionOutlet outlet = ConnectionOutlet.of(channel, frames, 8).orElseThrow();
        channel.writeAndFlush(eventStreamHeaders());
        assertThat(outlet.write(delivery("snapshot", 3))).isTrue();
        assertThat(outlet.write(delivery("moved", 4))).isTrue();
        outlet.flush();
        assertThat(wire()).doesNotContain("id:");

        channel.writeAndFlush(NettyDataBufferFactory.toByteBuf(outlet.openingPing(PING)));
        assertThat(outlet.write(delivery("moved", 5))).isTrue();
        outlet.flush();
        channel.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT);

        assertThat(wire()).isEqualTo("8\r\n: ping\n\n\r\n"
                + chunk("id:3\nevent:snapshot\ndata:{\"version\":3}\n\n")
                + chunk("id:4\nevent:moved\ndata:{\"version\":4}\n\n")
                + chunk("id:5\nevent:moved\ndata:{\"version\":5}\n\n")
                + "0\r\n\r\n");
    }

    @Test
    void aStreamWithMoreWaitingThanItsLimitIsRefused() {
        ConnectionOutlet outlet = ConnectionOutlet.of(channel, frames, 2).orElseThrow();

        assertThat(outlet.write(delivery("snapshot", 3))).isTrue();
        assertThat(outlet.write(delivery("moved", 4))).isTrue();
        assertThat(outlet.write(delivery("moved", 5))).isFalse();
    }

    @Test
    void aClosedConnectionTakesNothing() {
        ConnectionOutlet outlet = ConnectionOutlet.of(channel, frames, 8).orElseThrow();
        channel.close();

        assertThat(outlet.write(delivery("moved", 4))).isFalse();
    }

    @Test
    void aCompressedResponseCarriesTheSameFramesThroughItsCompressor() {
        EmbeddedChannel compressing = new EmbeddedChannel(new HttpServerCodec());
        compressing.pipeline().addLast(NettyPipeline.CompressionHandler, new BodyCompressor());
        compressing.pipeline().addLast(OutletOpening.NAME, new OutletOpening.Opener());
        compressing.writeInbound(ascii("GET /api/games/g/events HTTP/1.1\r\nHost: tilecast\r\nAccept-Encoding: gzip\r\n\r\n"));
        ConnectionOutlet outlet = ConnectionOutlet.of(compressing, frames, 8).orElseThrow();

        compressing.writeAndFlush(eventStreamHeaders());
        outlet.write(delivery("snapshot", 3));
        compressing.writeAndFlush(NettyDataBufferFactory.toByteBuf(outlet.openingPing(PING)));
        outlet.write(delivery("moved", 4));
        outlet.flush();
        compressing.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT);

        EmbeddedChannel browser = new EmbeddedChannel(new HttpClientCodec(), new HttpContentDecompressor());
        browser.writeOutbound(new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/api/games/g/events"));
        StringBuilder onTheWire = new StringBuilder();
        for (ByteBuf sent; (sent = compressing.readOutbound()) != null; ) {
            onTheWire.append(sent.toString(StandardCharsets.ISO_8859_1));
            browser.writeInbound(sent);
        }
        HttpResponse response = browser.readInbound();
        StringBuilder body = new StringBuilder();
        for (Object part; (part = browser.readInbound()) != null; ReferenceCountUtil.release(part)) {
            body.append(((HttpContent) part).content().toString(StandardCharsets.UTF_8));
        }
        assertThat(response.status()).isEqualTo(HttpResponseStatus.OK);
        assertThat(onTheWire.toString().toLowerCase()).contains("content-encoding: gzip").doesNotContain("event:");
        assertThat(body.toString()).isEqualTo(": ping\n\n"
                + "id:3\nevent:snapshot\ndata:{\"version\":3}\n\n"
                + "id:4\nevent:moved\ndata:{\"version\":4}\n\n");
        compressing.finishAndReleaseAll();
        browser.finishAndReleaseAll();
    }

    @Test
    void aConnectionWithoutTheOpenerIsNotWrittenDirectly() {
        EmbeddedChannel withoutOpener = new EmbeddedChannel(new HttpServerCodec());

        assertThat(ConnectionOutlet.of(withoutOpener, frames, 8)).isEmpty();
        withoutOpener.finishAndReleaseAll();
    }

    /** Compresses plain buffers of the body too, as Reactor Netty's compression handler does. */
    private static final class BodyCompressor extends HttpContentCompressor {
        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
            super.write(ctx, msg instanceof ByteBuf buffer ? new DefaultHttpContent(buffer) : msg, promise);
        }
    }

    private static HttpResponse eventStreamHeaders() {
        HttpResponse response = new DefaultHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK);
        response.headers().set(HttpHeaderNames.TRANSFER_ENCODING, HttpHeaderValues.CHUNKED);
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/event-stream;charset=UTF-8");
        return response;
    }

    private static Delivery delivery(String type, int version) {
        return new Delivery(type, version, Map.of("version", version));
    }

    private static String chunk(String frame) {
        return Integer.toHexString(frame.getBytes(StandardCharsets.UTF_8).length) + "\r\n" + frame + "\r\n";
    }

    /** Everything written to the connection after the response's headers, as text. */
    private String wire() {
        for (ByteBuf sent; (sent = channel.readOutbound()) != null; sent.release()) {
            written.append(sent.toString(StandardCharsets.UTF_8));
        }
        return written.substring(written.indexOf("\r\n\r\n") + 4);
    }

    private static ByteBuf ascii(String text) {
        return Unpooled.copiedBuffer(text, StandardCharsets.US_ASCII);
    }
}
