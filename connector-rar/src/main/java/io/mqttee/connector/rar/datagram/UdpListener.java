// SPDX-License-Identifier: Apache-2.0
package io.mqttee.connector.rar.datagram;

import io.mqttee.connector.api.ListenerState;
import io.mqttee.connector.api.TrafficMeter;
import io.mqttee.connector.rar.transport.AdapterListener;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.SocketProtocolFamily;
import io.netty.channel.socket.nio.NioDatagramChannel;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * One datagram listener: a UDP socket bound on one of its activation's lanes, which an
 * administrator can stop, start again and move while the adapter runs. Control calls take turns on
 * the listener's lock and never run on a lane; sends come from any thread and never block.
 */
public final class UdpListener implements AdapterListener {

  private static final Logger LOG = System.getLogger(UdpListener.class.getName());

  /** Bytes waiting to be written beyond which sends are dropped, and where they resume. */
  private static final WriteBufferWaterMark WRITE_BUFFER =
      new WriteBufferWaterMark(512 * 1024, 1024 * 1024);

  private final DatagramKind kind;
  private final DatagramLanes lanes;
  private final TrafficMeter meter;
  private final int maxDatagramSize;
  private final LongAdder dropped = new LongAdder();
  private DatagramAddress address;
  private volatile Bound bound;
  private boolean retired;

  /** The socket while running, with the broadcast address resolved once. */
  private record Bound(Channel channel, InetAddress broadcast) {

    InetSocketAddress address() {
      return (InetSocketAddress) channel.localAddress();
    }
  }

  public UdpListener(DatagramSettings settings, DatagramLanes lanes, TrafficMeter meter) {
    this.kind = settings.kind();
    this.address = settings.startAddress();
    this.maxDatagramSize = settings.maxDatagramSize();
    this.lanes = lanes;
    this.meter = meter;
  }

  @Override
  public String name() {
    return kind.listenerName();
  }

  /** {@inheritDoc} UDP has no connections: the count is always 0; the gateway knows its clients. */
  @Override
  public synchronized ListenerState state() {
    Bound socket = bound;
    int port = socket == null ? address.port() : socket.address().getPort();
    return new ListenerState(
        kind.listenerName(),
        kind.type(),
        address.host(),
        port,
        socket != null,
        0,
        address.settings());
  }

  @Override
  public synchronized void start() throws IOException {
    if (retired) {
      throw new IllegalStateException("the adapter is stopping its listeners");
    }
    if (bound == null) {
      bound = bind(address);
    }
  }

  /** The address bound while running, else null. */
  public InetSocketAddress boundAddress() {
    Bound socket = bound;
    return socket == null ? null : socket.address();
  }

  @Override
  public synchronized void stop() {
    Bound socket = bound;
    if (socket == null) {
      return;
    }
    bound = null;
    socket.channel().close().awaitUninterruptibly();
    LOG.log(Level.INFO, "{0} listener closed", kind.label());
  }

  /**
   * {@inheritDoc}
   *
   * <p>As for the MQTT listeners: a new port is bound before the old socket closes, so a port that
   * is taken leaves the listener where it was; otherwise the old socket closes first, and when the
   * new settings cannot be bound the old ones are bound again.
   */
  @Override
  public synchronized void configure(Map<String, String> changes) throws IOException {
    DatagramAddress next = address.with(changes);
    Bound socket = bound;
    if (socket == null || next.equals(address)) {
      address = next;
      return;
    }
    if (next.port() != socket.address().getPort()) {
      Bound moved;
      try {
        moved = bind(next);
      } catch (IOException e) {
        throw new IOException(e.getMessage() + "; still listening on its old settings", e);
      }
      stop();
      bound = moved;
      address = next;
      return;
    }
    stop();
    rebind(next);
  }

  private void rebind(DatagramAddress next) throws IOException {
    try {
      bound = bind(next);
      address = next;
    } catch (IOException e) {
      try {
        bound = bind(address);
      } catch (IOException again) {
        e.addSuppressed(again);
        throw new IOException(e.getMessage() + "; the listener is stopped", e);
      }
      throw new IOException(e.getMessage() + "; listening on its old settings again", e);
    }
  }

  /** Stops the listener for good, as its activation ends. */
  public synchronized void retire() {
    retired = true;
    stop();
  }

  void send(InetSocketAddress to, byte[] datagram) {
    Bound socket = bound;
    if (socket != null) {
      write(socket.channel(), to, datagram);
    }
  }

  void broadcast(int port, byte[] datagram) {
    Bound socket = bound;
    if (socket != null) {
      write(socket.channel(), new InetSocketAddress(socket.broadcast(), port), datagram);
    }
  }

  boolean runOnLane(InetSocketAddress peer, Runnable task) {
    return lanes.runOnLane(peer, task);
  }

  /** Datagrams dropped because too many were waiting to be written. */
  public long dropped() {
    return dropped.sum();
  }

  /**
   * Off the socket's loop Netty queues the write as a task and counts its bytes as pending, so a
   * socket that cannot keep up turns unwritable and the datagrams after are dropped, not queued.
   */
  private void write(Channel channel, InetSocketAddress to, byte[] datagram) {
    if (!channel.isWritable()) {
      dropped.increment();
      return;
    }
    meter.sent(datagram.length, 1);
    channel.writeAndFlush(
        new DatagramPacket(Unpooled.wrappedBuffer(datagram), to), channel.voidPromise());
  }

  private Bound bind(DatagramAddress to) throws IOException {
    InetAddress host = InetAddress.getByName(to.host());
    InetAddress broadcast = InetAddress.getByName(to.broadcast());
    // An IPv4 socket where IPv4 is bound: the JDK's default dual-stack socket may not broadcast.
    SocketProtocolFamily family =
        host instanceof Inet4Address ? SocketProtocolFamily.INET : SocketProtocolFamily.INET6;
    Bootstrap bootstrap =
        new Bootstrap()
            .group(lanes.group())
            .channelFactory(() -> new NioDatagramChannel(family))
            .option(ChannelOption.SO_BROADCAST, true)
            .option(ChannelOption.RECVBUF_ALLOCATOR, new FixedRecvByteBufAllocator(maxDatagramSize))
            .option(ChannelOption.WRITE_BUFFER_WATER_MARK, WRITE_BUFFER)
            .handler(new DatagramReader(name(), lanes, meter, lanes.failureLog()));
    ChannelFuture bind = bootstrap.bind(host, to.port()).awaitUninterruptibly();
    if (!bind.isSuccess()) {
      Throwable cause = bind.cause();
      throw new IOException(
          "cannot listen on " + to.host() + ":" + to.port() + ": " + cause.getMessage(), cause);
    }
    Bound socket = new Bound(bind.channel(), broadcast);
    LOG.log(
        Level.INFO,
        "{0} listener on {1}:{2}",
        kind.label(),
        to.host(),
        String.valueOf(socket.address().getPort()));
    return socket;
  }
}
