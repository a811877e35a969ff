// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import io.mqttee.connector.api.MqttInboundListener;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * The MQTT TCP listener: one event loop per lane, each running on a thread of the given executor;
 * the first loop also accepts. Every connection stays on one loop, whose lane listener it calls.
 */
public final class TcpServer implements AutoCloseable {

  private static final Logger LOG = System.getLogger(TcpServer.class.getName());
  private static final long SHUTDOWN_TIMEOUT_SECONDS = 10;

  private final TransportSettings settings;
  private final EventLoopGroup group;
  private final MqttChannelInitializer initializer;
  private final int laneCount;
  private Channel server;

  /**
   * @param threads supplies one long-running thread per lane (the WorkManager in a container)
   * @param lanes the listener of each lane; their number is the number of event loops
   */
  public TcpServer(
      TransportSettings settings,
      Executor threads,
      List<MqttInboundListener> lanes,
      ClientChannels clients) {
    this.settings = settings;
    this.laneCount = lanes.size();
    this.group = new MultiThreadIoEventLoopGroup(lanes.size(), threads, NioIoHandler.newFactory());
    this.initializer = new MqttChannelInitializer(new LaneMap(group, lanes), clients, settings);
  }

  /** Binds the listener; returns the bound address (the actual port when 0 was asked for). */
  public InetSocketAddress start() throws IOException {
    ServerBootstrap bootstrap =
        new ServerBootstrap()
            .group(group, group)
            .channel(NioServerSocketChannel.class)
            .option(ChannelOption.SO_BACKLOG, 1024)
            .option(ChannelOption.SO_REUSEADDR, true)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childHandler(initializer);
    ChannelFuture bind = bootstrap.bind(settings.host(), settings.port()).awaitUninterruptibly();
    if (!bind.isSuccess()) {
      close();
      throw new IOException(
          "cannot listen on " + settings.host() + ":" + settings.port(), bind.cause());
    }
    server = bind.channel();
    InetSocketAddress bound = (InetSocketAddress) server.localAddress();
    LOG.log(
        Level.INFO,
        "MQTT TCP listener on {0}:{1} ({2} lanes)",
        settings.host(),
        String.valueOf(bound.getPort()),
        String.valueOf(laneCount));
    return bound;
  }

  /**
   * Stops accepting, closes every client connection (each lane listener sees its onClosed calls)
   * and waits for the lane threads to end.
   */
  @Override
  public void close() {
    if (server != null) {
      server.close().awaitUninterruptibly();
      int closed = initializer.closeAll(TimeUnit.SECONDS.toMillis(SHUTDOWN_TIMEOUT_SECONDS));
      LOG.log(Level.INFO, "MQTT TCP listener closed with {0} client connections", closed);
      server = null;
    }
    group
        .shutdownGracefully(0, SHUTDOWN_TIMEOUT_SECONDS, TimeUnit.SECONDS)
        .awaitUninterruptibly(SHUTDOWN_TIMEOUT_SECONDS + 1, TimeUnit.SECONDS);
  }
}
