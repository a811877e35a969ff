// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * Holds a TLS connection back from the MQTT handler until its handshake succeeds, so the lane sees
 * the connection open only with its client certificate known, and never sees a connection whose
 * handshake failed.
 */
final class TlsHandshakeGate extends ChannelInboundHandlerAdapter {

  private static final Logger LOG = System.getLogger(TlsHandshakeGate.class.getName());

  private boolean open;
  private boolean failureLogged;

  @Override
  public void channelActive(ChannelHandlerContext ctx) {
    // Passed on once the handshake completes.
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
    if (!(event instanceof SslHandshakeCompletionEvent handshake)) {
      ctx.fireUserEventTriggered(event);
      return;
    }
    if (handshake.isSuccess()) {
      open = true;
      ctx.fireChannelActive();
    } else {
      logFailure(ctx, handshake.cause());
      ctx.close();
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    if (open) {
      ctx.fireChannelInactive();
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (open) {
      ctx.fireExceptionCaught(cause);
    } else {
      logFailure(ctx, cause);
      ctx.close();
    }
  }

  private void logFailure(ChannelHandlerContext ctx, Throwable cause) {
    if (!failureLogged) {
      failureLogged = true;
      Throwable root = cause.getCause() == null ? cause : cause.getCause();
      LOG.log(
          Level.INFO,
          "TLS handshake with {0} failed: {1}",
          ctx.channel().remoteAddress(),
          String.valueOf(root.getMessage()));
    }
  }
}
