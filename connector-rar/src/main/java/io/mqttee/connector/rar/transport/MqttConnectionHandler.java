// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import io.mqttee.connector.api.ConnectionId;
import io.mqttee.connector.api.ConnectionInfo;
import io.mqttee.connector.api.MqttInboundListener;
import io.mqttee.protocol.codec.DecodeFailure;
import io.mqttee.protocol.packet.MqttPacket;
import io.mqttee.protocol.packet.PacketType;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslHandler;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One client connection, inbound: frames each socket read into packets and hands them to the lane's
 * listener in one call, on the connection's event loop, so the packets of a connection arrive in
 * order and one read at a time.
 */
final class MqttConnectionHandler extends ChannelInboundHandlerAdapter {

  private static final Logger LOG = System.getLogger(MqttConnectionHandler.class.getName());

  private final ConnectionId id = ConnectionId.next();
  private final MqttInboundListener lane;
  private final ClientChannels clients;
  private final TransportSettings settings;
  private PacketFramer framer;
  private ClientChannel client;
  private ScheduledFuture<?> timeout;
  private boolean connectSeen;
  private boolean malformed;

  MqttConnectionHandler(
      MqttInboundListener lane, ClientChannels clients, TransportSettings settings) {
    this.lane = lane;
    this.clients = clients;
    this.settings = settings;
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) {
    framer = new PacketFramer(settings.maxPacketSize(), ctx.alloc());
    client = new ClientChannel(id, ctx.channel(), framer::version, clients.meter());
    clients.register(client);
    InetSocketAddress remote = (InetSocketAddress) ctx.channel().remoteAddress();
    lane.onOpen(id, connectionInfo(ctx, remote));
    timeout = schedule(ctx, settings.connectTimeout(), () -> closeWithoutConnect(ctx));
  }

  /**
   * "tcp", "tls", "ws" or "wss"; behind a TLS handler with the subject of the client's verified
   * certificate.
   */
  private static ConnectionInfo connectionInfo(
      ChannelHandlerContext ctx, InetSocketAddress remote) {
    boolean webSocket = WebSocketFrames.carries(ctx);
    SslHandler tls = ctx.pipeline().get(SslHandler.class);
    if (tls == null) {
      return new ConnectionInfo(webSocket ? "ws" : "tcp", remote, null);
    }
    return new ConnectionInfo(
        webSocket ? "wss" : "tls", remote, PeerCertificate.subject(tls.engine().getSession()));
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    ByteBuf in = (ByteBuf) msg;
    if (malformed || client.closeRequested()) {
      in.release();
      return;
    }
    clients.meter().received(in.readableBytes());
    List<MqttPacket> packets = framer.append(in);
    if (!packets.isEmpty()) {
      clients.meter().decoded(packets.size());
      noteConnect(packets);
      lane.onPackets(id, packets);
    }
    DecodeFailure failure = framer.failure();
    if (failure != null) {
      malformed = true;
      ctx.channel().config().setAutoRead(false);
      lane.onMalformed(id, failure);
      cancelTimeout();
      timeout =
          schedule(ctx, settings.malformedCloseGrace(), () -> closeAfterMalformed(ctx, failure));
    }
  }

  private void noteConnect(List<MqttPacket> packets) {
    if (!connectSeen && packets.get(0).type() == PacketType.CONNECT) {
      connectSeen = true;
      cancelTimeout();
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    cancelTimeout();
    clients.unregister(id);
    framer.release();
    lane.onClosed(id, client.closeRequested());
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (cause instanceof IOException) {
      LOG.log(Level.DEBUG, "closing {0}: {1}", id, cause.getMessage());
    } else {
      LOG.log(Level.WARNING, "closing " + id + " after an unexpected failure", cause);
    }
    ctx.close();
  }

  private void closeWithoutConnect(ChannelHandlerContext ctx) {
    if (!connectSeen && !client.closeRequested() && ctx.channel().isActive()) {
      LOG.log(
          Level.INFO,
          "closing {0} from {1}: no CONNECT within {2} s",
          id,
          ctx.channel().remoteAddress(),
          settings.connectTimeout().toSeconds());
      ctx.close();
    }
  }

  private void closeAfterMalformed(ChannelHandlerContext ctx, DecodeFailure failure) {
    if (ctx.channel().isActive()) {
      LOG.log(
          Level.INFO,
          "closing {0} from {1}: malformed input ({2}, {3}) and the broker did not close it",
          id,
          ctx.channel().remoteAddress(),
          failure.reason(),
          failure.specStatement());
      ctx.close();
    }
  }

  private static ScheduledFuture<?> schedule(
      ChannelHandlerContext ctx, Duration delay, Runnable task) {
    return ctx.executor().schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void cancelTimeout() {
    if (timeout != null) {
      timeout.cancel(false);
      timeout = null;
    }
  }
}
