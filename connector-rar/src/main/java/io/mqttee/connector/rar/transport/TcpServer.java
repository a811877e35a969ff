// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.transport;

import io.mqttee.connector.api.MqttInboundListener;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.handler.ssl.SslContext;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * The MQTT listeners' event loops: one per lane, each running on a thread of the given executor.
 * Every connection stays on one loop, whose lane listener it calls. The TCP listener comes first;
 * the TLS and WebSocket listeners share the loops and lanes.
 */
public final class TcpServer implements AutoCloseable {

  private static final Logger LOG = System.getLogger(TcpServer.class.getName());
  private static final long SHUTDOWN_TIMEOUT_SECONDS = 10;

  private final TransportSettings settings;
  private final EventLoopGroup group;
  private final ListenerSockets sockets;
  private final int laneCount;
  private final LaneMap laneMap;
  private final List<ServerListener> listeners = new CopyOnWriteArrayList<>();

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
    this.sockets = new ListenerSockets(group, laneMap, clients, settings);
  }

  /**
   * Binds the TCP listener; returns the bound address (the actual port when 0 was asked for). A
   * failure closes the server.
   */
  public InetSocketAddress start() throws IOException {
    ServerListener tcp =
        add(ListenerKind.TCP, new ListenerAddress(settings.host(), settings.port(), null), null);
    try {
      tcp.start();
      InetSocketAddress bound = tcp.boundAddress();
      LOG.log(Level.INFO, "MQTT listeners share {0} lanes", String.valueOf(laneCount));
      return bound;
    } catch (IOException e) {
      close();
      throw e;
    }
  }

  /**
   * Binds the TLS listener on the same loops and lanes, after {@link #start()}; returns the bound
   * address. A failure leaves the TCP listener running.
   */
  public InetSocketAddress startTls(String host, int port, SslContext tls) throws IOException {
    return started(add(ListenerKind.TLS, new ListenerAddress(host, port, null), TlsSource.of(tls)));
  }

  /**
   * Binds a WebSocket listener serving MQTT at {@code path} on the same loops and lanes, after
   * {@link #start()}; over TLS when {@code tls} is not null. Returns the bound address.
   */
  public InetSocketAddress startWebSocket(String host, int port, String path, SslContext tls)
      throws IOException {
    ListenerAddress address = new ListenerAddress(host, port, path);
    return started(
        tls == null
            ? add(ListenerKind.WS, address, null)
            : add(ListenerKind.WSS, address, TlsSource.of(tls)));
  }

  private static InetSocketAddress started(ServerListener listener) throws IOException {
    listener.start();
    return listener.boundAddress();
  }

  /**
   * Adds a listener without starting it, one of each kind.
   *
   * @param tls the TLS key of a secure kind, null for the others
   */
  public ServerListener add(ListenerKind kind, ListenerAddress address, TlsSource tls) {
    ServerListener listener = new ServerListener(kind, address, tls, sockets);
    synchronized (listeners) {
      if (listeners.stream().anyMatch(known -> known.kind() == kind)) {
        throw new IllegalStateException("there is a " + kind.listenerName() + " listener already");
      }
      listeners.add(listener);
    }
    return listener;
  }

  /** A lane for a connection without a socket, the lanes taken in turn as sockets take them. */
  public Lane nextLane() {
    EventLoop loop = group.next();
    return new Lane(loop, laneMap.listenerFor(loop));
  }

  /** Every listener added, running or not, in the order added. */
  public List<ServerListener> listeners() {
    return List.copyOf(listeners);
  }

  /**
   * Stops accepting, closes every client connection (each lane listener sees its onClosed calls)
   * and waits for the lane threads to end.
   */
  @Override
  public void close() {
    List<ServerListener> lastFirst = new ArrayList<>(listeners);
    Collections.reverse(lastFirst);
    lastFirst.forEach(ServerListener::retire);
    group
        .shutdownGracefully(0, SHUTDOWN_TIMEOUT_SECONDS, TimeUnit.SECONDS)
        .awaitUninterruptibly(SHUTDOWN_TIMEOUT_SECONDS + 1, TimeUnit.SECONDS);
  }
}
