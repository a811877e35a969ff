// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufHolder;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler.HandshakeComplete;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler.ServerHandshakeStateEvent;
import io.netty.util.ReferenceCountUtil;

/**
 * Between Netty's WebSocket protocol handler and the MQTT handler of one connection: holds the
 * connection back until the upgrade handshake completes (the lane never sees a request that was not
 * an MQTT WebSocket), unwraps binary frames into the bytes the MQTT framer cuts into packets
 * (MQTT-6.0.0-2: frame and packet boundaries are independent), and wraps every buffer the broker
 * writes into one binary frame. A text frame closes the connection (MQTT-6.0.0-1). When the broker
 * closes, Netty's protocol handler sends the Close frame (1000) and closes without waiting for the
 * client, so a client that stopped reading cannot hold the connection open.
 */
final class WebSocketFrames extends ConnectionGate {

  /** Whether the channel behind {@code ctx} carries MQTT over WebSocket. */
  static boolean carries(ChannelHandlerContext ctx) {
    return ctx.pipeline().get(WebSocketFrames.class) != null;
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
    if (event instanceof HandshakeComplete) {
      open(ctx);
    } else if (event == ServerHandshakeStateEvent.HANDSHAKE_TIMEOUT) {
      ctx.close();
    } else {
      ctx.fireUserEventTriggered(event);
    }
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof BinaryWebSocketFrame || msg instanceof ContinuationWebSocketFrame) {
      ctx.fireChannelRead(((ByteBufHolder) msg).content());
      return;
    }
    ReferenceCountUtil.release(msg);
    if (msg instanceof HttpRequest) {
      refuse(ctx); // a plain request or an upgrade to another path
    } else {
      close(ctx, WebSocketCloseStatus.INVALID_MESSAGE_TYPE, "MQTT needs binary frames");
    }
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
    ctx.write(msg instanceof ByteBuf bytes ? new BinaryWebSocketFrame(bytes) : msg, promise);
  }

  private void close(ChannelHandlerContext ctx, WebSocketCloseStatus status, String reason) {
    ctx.writeAndFlush(new CloseWebSocketFrame(status.code(), reason))
        .addListener(ChannelFutureListener.CLOSE);
  }

  private static void refuse(ChannelHandlerContext ctx) {
    DefaultFullHttpResponse notFound =
        new DefaultFullHttpResponse(
            HttpVersion.HTTP_1_1, HttpResponseStatus.NOT_FOUND, Unpooled.EMPTY_BUFFER);
    notFound.headers().set(HttpHeaderNames.CONTENT_LENGTH, 0);
    ctx.writeAndFlush(notFound).addListener(ChannelFutureListener.CLOSE);
  }
}
