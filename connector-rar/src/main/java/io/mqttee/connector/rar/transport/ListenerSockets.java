// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.SslContext;
import java.io.IOException;
import java.net.InetSocketAddress;

/** Binds server sockets on the shared loops, each with the handlers of one listener. */
final class ListenerSockets {

  private final EventLoopGroup group;
  private final LaneMap lanes;
  private final ClientChannels clients;
  private final TransportSettings settings;

  ListenerSockets(
      EventLoopGroup group, LaneMap lanes, ClientChannels clients, TransportSettings settings) {
    this.group = group;
    this.lanes = lanes;
    this.clients = clients;
    this.settings = settings;
  }

  /** A bound server socket and the connections it accepted. */
  record Bound(Channel channel, MqttChannelInitializer handlers) {

    InetSocketAddress address() {
      return (InetSocketAddress) channel.localAddress();
    }

    int connections() {
      return handlers.open();
    }
  }

  /**
   * Binds a server socket.
   *
   * @param tls the listener's TLS context, null for none
   * @throws IOException saying why the address cannot be bound
   */
  Bound bind(ListenerAddress address, SslContext tls) throws IOException {
    MqttChannelInitializer handlers =
        new MqttChannelInitializer(lanes, clients, settings, tls, address.path());
    ServerBootstrap bootstrap =
        new ServerBootstrap()
            .group(group, group)
            .channel(NioServerSocketChannel.class)
            .option(ChannelOption.SO_BACKLOG, 1024)
            .option(ChannelOption.SO_REUSEADDR, true)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childHandler(handlers);
    ChannelFuture bind = bootstrap.bind(address.host(), address.port()).awaitUninterruptibly();
    if (!bind.isSuccess()) {
      Throwable cause = bind.cause();
      throw new IOException(
          "cannot listen on " + address.host() + ":" + address.port() + ": " + cause.getMessage(),
          cause);
    }
    return new Bound(bind.channel(), handlers);
  }

  /** Unbinds, then closes the connections accepted; returns how many there were. */
  int close(Bound bound, long timeoutMillis) {
    bound.channel().close().awaitUninterruptibly();
    return bound.handlers().closeAll(timeoutMillis);
  }
}
