// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;

/**
 * Holds a connection back from the MQTT handler behind it until a handshake in front of it (TLS,
 * WebSocket upgrade) succeeds: the lane never hears of a connection that did not get that far.
 */
abstract class ConnectionGate extends ChannelDuplexHandler {

  private boolean open;

  /** The handshake succeeded: the handlers behind see the connection become active. */
  protected final void open(ChannelHandlerContext ctx) {
    open = true;
    ctx.fireChannelActive();
  }

  protected final boolean isOpen() {
    return open;
  }

  /** A failure before the connection opened; closes it. */
  protected void failedBeforeOpen(ChannelHandlerContext ctx, Throwable cause) {
    ctx.close();
  }

  @Override
  public final void channelActive(ChannelHandlerContext ctx) {
    // Passed on by open(ctx) once the handshake completes.
  }

  @Override
  public final void channelInactive(ChannelHandlerContext ctx) {
    if (open) {
      ctx.fireChannelInactive();
    }
  }

  @Override
  public final void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (open) {
      ctx.fireExceptionCaught(cause);
    } else {
      failedBeforeOpen(ctx, cause);
    }
  }
}
