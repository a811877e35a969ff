// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * Holds a TLS connection back from the MQTT handler until its handshake succeeds, so the lane sees
 * the connection open only with its client certificate known, and never sees a connection whose
 * handshake failed.
 */
final class TlsHandshakeGate extends ConnectionGate {

  private static final Logger LOG = System.getLogger(TlsHandshakeGate.class.getName());

  private boolean failureLogged;

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
    if (!(event instanceof SslHandshakeCompletionEvent handshake)) {
      ctx.fireUserEventTriggered(event);
      return;
    }
    if (handshake.isSuccess()) {
      open(ctx);
    } else {
      failedBeforeOpen(ctx, handshake.cause());
    }
  }

  @Override
  protected void failedBeforeOpen(ChannelHandlerContext ctx, Throwable cause) {
    if (!failureLogged) {
      failureLogged = true;
      Throwable root = cause.getCause() == null ? cause : cause.getCause();
      LOG.log(
          Level.INFO,
          "TLS handshake with {0} failed: {1}",
          ctx.channel().remoteAddress(),
          String.valueOf(root.getMessage()));
    }
    ctx.close();
  }
}
