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
import io.netty.handler.ssl.SslContext;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * The MQTT TCP listener: one event loop per lane, each running on a thread of the given executor;
 * the first loop also accepts. Every connection stays on one loop, whose lane listener it calls.
 * Optional TLS and WebSocket listeners share the loops and lanes.
 */
public final class TcpServer implements AutoCloseable {

  private static final Logger LOG = System.getLogger(TcpServer.class.getName());
  private static final long SHUTDOWN_TIMEOUT_SECONDS = 10;

  private final TransportSettings settings;
  private final EventLoopGroup group;
  private final LaneMap laneMap;
  private final ClientChannels clients;
  private final MqttChannelInitializer initializer;
  private final int laneCount;
  private Channel server;
  private final List<Listener> others = new CopyOnWriteArrayList<>();

  /** A listener started after the TCP one, and the connections it accepted. */
  private record Listener(String name, Channel channel, MqttChannelInitializer initializer) {}

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
    this.laneMap = new LaneMap(group, lanes);
    this.clients = clients;
    this.initializer = new MqttChannelInitializer(laneMap, clients, settings, null, null);
  }

  /** Binds the listener; returns the bound address (the actual port when 0 was asked for). */
  public InetSocketAddress start() throws IOException {
    try {
      server = bind(settings.host(), settings.port(), initializer);
    } catch (IOException e) {
      close();
      throw e;
    }
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
   * Binds the TLS listener on the same loops and lanes, after {@link #start()}; returns the bound
   * address. A failure leaves the TCP listener running.
   */
  public InetSocketAddress startTls(String host, int port, SslContext tls) throws IOException {
    return startListener("MQTT TLS", host, port, tls, null);
  }

  /**
   * Binds a WebSocket listener serving MQTT at {@code path} on the same loops and lanes, after
   * {@link #start()}; over TLS when {@code tls} is not null. Returns the bound address.
   */
  public InetSocketAddress startWebSocket(String host, int port, String path, SslContext tls)
      throws IOException {
    String name = tls == null ? "MQTT WebSocket" : "MQTT secure WebSocket";
    return startListener(name, host, port, tls, path);
  }

  private InetSocketAddress startListener(
      String name, String host, int port, SslContext tls, String webSocketPath) throws IOException {
    MqttChannelInitializer handlers =
        new MqttChannelInitializer(laneMap, clients, settings, tls, webSocketPath);
    Channel bound = bind(host, port, handlers);
    others.add(new Listener(name, bound, handlers));
    InetSocketAddress address = (InetSocketAddress) bound.localAddress();
    LOG.log(
        Level.INFO,
        "{0} listener on {1}:{2}{3}",
        name,
        host,
        String.valueOf(address.getPort()),
        webSocketPath == null ? "" : webSocketPath);
    return address;
  }

  private Channel bind(String host, int port, MqttChannelInitializer handlers) throws IOException {
    ServerBootstrap bootstrap =
        new ServerBootstrap()
            .group(group, group)
            .channel(NioServerSocketChannel.class)
            .option(ChannelOption.SO_BACKLOG, 1024)
            .option(ChannelOption.SO_REUSEADDR, true)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childHandler(handlers);
    ChannelFuture bind = bootstrap.bind(host, port).awaitUninterruptibly();
    if (!bind.isSuccess()) {
      throw new IOException("cannot listen on " + host + ":" + port, bind.cause());
    }
    return bind.channel();
  }

  /**
   * Stops accepting, closes every client connection (each lane listener sees its onClosed calls)
   * and waits for the lane threads to end.
   */
  @Override
  public void close() {
    closeOthers();
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

  private void closeOthers() {
    for (Listener listener : others) {
      others.remove(listener);
      listener.channel().close().awaitUninterruptibly();
      int closed =
          listener.initializer().closeAll(TimeUnit.SECONDS.toMillis(SHUTDOWN_TIMEOUT_SECONDS));
      LOG.log(
          Level.INFO, "{0} listener closed with {1} client connections", listener.name(), closed);
    }
  }
}
